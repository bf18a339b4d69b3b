using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Notifications;

public sealed record NotificationResponse(long Id, string Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationsResponse(int Unread, IReadOnlyList<NotificationResponse> Notifications);

/// <summary>The caller's own notifications in one organization: reminders, digests, agendas, reviews (docs/cadences.md).</summary>
public static class NotificationsApi
{
    public const int MaxTake = 200;

    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/notifications", "Notifications");
        group.MapGet("", List).WithSummary("The caller's notifications, newest first.");
        group.MapPost("/{id:long}/read", MarkRead).WithSummary("Marks one of the caller's notifications read.");
        group.MapPost("/read", MarkAllRead).WithSummary("Marks every notification of the caller read.");
    }

    /// <summary>Newest first; <paramref name="unread"/> leaves out what was read.</summary>
    public static async Task<NotificationsResponse> ListAsync(ThroughlineDb db, OrganizationAccess access, bool unread, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var mine = db.Notifications.AsNoTracking().Where(n => n.OrganizationId == access.OrganizationId && n.UserId == access.UserId);
        var unreadCount = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var rows = await (unread ? mine.Where(n => n.ReadAt == null) : mine)
            .OrderByDescending(n => n.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return new NotificationsResponse(unreadCount, [.. rows.Select(n => new NotificationResponse(n.Id, n.Kind, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))]);
    }

    /// <summary>Marks the notification read; false when the caller has no such notification.</summary>
    public static async Task<bool> MarkReadAsync(ThroughlineDb db, OrganizationAccess access, long? id, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var mine = db.Notifications.Where(n => n.OrganizationId == access.OrganizationId && n.UserId == access.UserId);
        if (id is { } one)
        {
            mine = mine.Where(n => n.Id == one);
            if (!await mine.AnyAsync(cancellationToken))
            {
                return false;
            }
        }

        await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return true;
    }

    private static async Task<Results<Ok<NotificationsResponse>, ProblemHttpResult>> List(
        HttpContext http, ThroughlineDb db, bool? unread, int? take, CancellationToken cancellationToken)
    {
        if (take is < 1 or > MaxTake)
        {
            return ApiProblems.Invalid("take", $"take must be between 1 and {MaxTake}.");
        }

        return TypedResults.Ok(await ListAsync(db, http.Access(), unread ?? false, take ?? 50, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(HttpContext http, ThroughlineDb db, TimeProvider time, long id, CancellationToken cancellationToken) =>
        await MarkReadAsync(db, http.Access(), id, time, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.UnknownItem("notification", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<NoContent> MarkAllRead(HttpContext http, ThroughlineDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        await MarkReadAsync(db, http.Access(), null, time, cancellationToken);
        return TypedResults.NoContent();
    }
}
