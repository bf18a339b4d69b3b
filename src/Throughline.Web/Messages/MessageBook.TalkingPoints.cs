using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Throughline.Core.Model;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Messages;

/// <summary>Editing and releasing talking points.</summary>
public sealed partial class MessageBook
{
    /// <summary>One set of talking points, at its current version.</summary>
    public async Task<Outcome<TalkingPointsResponse>> GetPointsAsync(
        OrganizationAccess access, int number, string department, string level, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var found = await FindPointsAsync(access, number, department, level, cancellationToken);
        return found.Value is { } value ? await PointsAsync(access, value.Message, value.Points, cancellationToken) : found.Refusal!;
    }

    /// <summary>
    /// Replaces the text (and, when given, the examples) of talking points with a new version. With
    /// <paramref name="ifMatch"/>, the versions the editor may have read: any other current version refuses the edit.
    /// </summary>
    public async Task<Outcome<TalkingPointsResponse>> EditAsync(
        OrganizationAccess access, int number, string department, string level, TalkingPointsRequest request,
        IReadOnlyCollection<int>? ifMatch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var found = await FindPointsAsync(access, number, department, level, cancellationToken);
        if (found.Refusal is not null)
        {
            return found.Refusal;
        }

        var (message, points) = found.Value!;
        var state = await cache.GetAsync(access.OrganizationId);
        var refusal = state.Read(null, view => CanManage(access, view, department)
            ? null
            : Refusal.Forbidden($"Only managers of {Departments.Of(view.Plan).Name(department)}, and leaders, edit and release its talking points."));
        if (refusal is not null)
        {
            return refusal;
        }

        if (ifMatch is not null && !ifMatch.Contains(points.CurrentVersion))
        {
            return Stale(points.CurrentVersion, ifMatch);
        }

        if (Text(request.Text, "text", MaxText, "Write the talking points.") is { } badText)
        {
            return badText;
        }

        var examples = state.Read(null, view => CheckExamples(access, view, request.Examples));
        if (examples.Refusal is not null)
        {
            return examples.Refusal;
        }

        var current = await db.TalkingPointsVersions.AsNoTracking().SingleAsync(v => v.TalkingPointsId == points.Id && v.Version == points.CurrentVersion, cancellationToken);
        var version = new TalkingPointsVersionRow
        {
            OrganizationId = access.OrganizationId,
            TalkingPointsId = points.Id,
            Version = points.CurrentVersion + 1,
            Text = request.Text!.Trim(),
            Examples = request.Examples is null ? current.Examples : IdList.Join(examples.Value!),
            EditedBy = access.Actor,
            EditedAt = time.GetUtcNow(),
        };
        points.CurrentVersion = version.Version;
        db.TalkingPointsVersions.Add(version);
        AuditLog.Add(db, access, time, "updated", "talking-points", Subject(message, points), null,
            JsonSerializer.Serialize(new { version = version.Version, text = version.Text, examples = IdList.Split(version.Examples) }, AuditJson.Options));
        if (await SaveAsync(cancellationToken) is { } conflict)
        {
            // Another edit was saved between the check above and this one: with If-Match, that is a stale version too.
            return ifMatch is null ? conflict
                : Stale(await db.TalkingPoints.AsNoTracking().Where(p => p.Id == points.Id).Select(p => p.CurrentVersion).SingleAsync(cancellationToken), ifMatch);
        }

        return await PointsAsync(access, message, points, cancellationToken);
    }

    private static Refusal Stale(int current, IReadOnlyCollection<int> seen) => Refusal.Stale(
        current,
        $"These talking points are at version {current} now{(seen.Count == 1 ? $", not version {seen.First()} that you edited" : "")}; nothing was saved. "
        + "Reload them to read the current version, reapply your change and save again.");

    /// <summary>Releases the current version: delivers it to every person of the department at the level.</summary>
    public async Task<Outcome<ReleaseResponse>> ReleaseAsync(OrganizationAccess access, int number, string department, string level, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var found = await FindPointsAsync(access, number, department, level, cancellationToken);
        if (found.Refusal is not null)
        {
            return found.Refusal;
        }

        var (message, points) = found.Value!;
        var state = await cache.GetAsync(access.OrganizationId);
        _ = Departments.TryParseLevel(level, out var personLevel);
        var (allowed, name, people) = state.Read(null, view =>
        {
            var departments = Departments.Of(view.Plan);
            return (CanManage(access, view, department), departments.Name(department), departments.People(department, personLevel).Select(p => p.Id).ToList());
        });
        if (!allowed)
        {
            return Refusal.Forbidden($"Only managers of {name}, and leaders, edit and release its talking points.");
        }

        if (points.ReleasedVersion == points.CurrentVersion)
        {
            return Refusal.Conflict("version", $"Version {points.CurrentVersion} of these talking points is released already; edit them to release a new version.");
        }

        var now = time.GetUtcNow();
        points.ReleasedVersion = points.CurrentVersion;
        points.ReleasedAt = now;
        points.ReleasedBy = access.Actor;
        db.Deliveries.AddRange(people.Select(person => new DeliveryRow
        {
            OrganizationId = access.OrganizationId,
            MessageId = message.Id,
            TalkingPointsId = points.Id,
            Version = points.CurrentVersion,
            PersonId = person,
            DeliveredAt = now,
        }));
        AuditLog.Add(db, access, time, "released", "talking-points", Subject(message, points), null,
            JsonSerializer.Serialize(new { version = points.CurrentVersion, delivered = people }, AuditJson.Options));
        if (await SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return new ReleaseResponse(message.Number, department, level, points.CurrentVersion, people.Count, people);
    }
}
