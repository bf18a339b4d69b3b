using Microsoft.EntityFrameworkCore;
using Throughline.Web.Storage;

namespace Throughline.Web.Messages;

/// <summary>The stored rows of an organization's messages (or of one message), read together for a page, an answer or the findings.</summary>
public sealed class MessageData
{
    public required List<MessageRow> Messages { get; init; }

    public required List<TalkingPointsRow> Points { get; init; }

    public required Dictionary<(long TalkingPoints, int Version), TalkingPointsVersionRow> Versions { get; init; }

    public required List<DeliveryRow> Deliveries { get; init; }

    public required Dictionary<long, AcknowledgementRow> Acknowledgements { get; init; }

    /// <summary>The reviews of each acknowledgement, oldest first.</summary>
    public required Dictionary<long, List<ReviewRow>> Reviews { get; init; }

    public static async Task<MessageData> LoadAsync(ThroughlineDb db, Guid organizationId, long? messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId && (messageId == null || m.Id == messageId))
            .OrderBy(m => m.Number).ToListAsync(cancellationToken);
        if (messages.Count == 0)
        {
            // Most pages ask about messages; an organization that has written none costs them one query.
            return new MessageData { Messages = [], Points = [], Versions = [], Deliveries = [], Acknowledgements = [], Reviews = [] };
        }

        var points = await db.TalkingPoints.AsNoTracking()
            .Where(p => p.OrganizationId == organizationId && (messageId == null || p.MessageId == messageId))
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var versions = await db.TalkingPointsVersions.AsNoTracking()
            .Where(v => v.OrganizationId == organizationId && db.TalkingPoints.Any(p => p.Id == v.TalkingPointsId && (messageId == null || p.MessageId == messageId)))
            .ToListAsync(cancellationToken);
        var deliveries = await db.Deliveries.AsNoTracking()
            .Where(d => d.OrganizationId == organizationId && (messageId == null || d.MessageId == messageId))
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var acknowledgements = await db.Acknowledgements.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId && db.Deliveries.Any(d => d.Id == a.DeliveryId && (messageId == null || d.MessageId == messageId)))
            .ToListAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && db.Acknowledgements.Any(a => a.Id == r.AcknowledgementId
                && db.Deliveries.Any(d => d.Id == a.DeliveryId && (messageId == null || d.MessageId == messageId))))
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return new MessageData
        {
            Messages = messages,
            Points = points,
            Versions = versions.ToDictionary(v => (TalkingPoints: v.TalkingPointsId, v.Version)),
            Deliveries = deliveries,
            Acknowledgements = acknowledgements.ToDictionary(a => a.DeliveryId),
            Reviews = reviews.GroupBy(r => r.AcknowledgementId).ToDictionary(g => g.Key, g => g.ToList()),
        };
    }

    public TalkingPointsVersionRow Current(TalkingPointsRow points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return Versions[(points.Id, points.CurrentVersion)];
    }

    /// <summary>Each person's latest delivery of the talking points, delivered by <paramref name="until"/> (all when null).</summary>
    public IEnumerable<DeliveryRow> Latest(long talkingPoints, DateTimeOffset? until = null) =>
        Deliveries.Where(d => d.TalkingPointsId == talkingPoints && (until is null || d.DeliveredAt <= until))
            .GroupBy(d => d.PersonId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.Id)!);

    /// <summary>The acknowledgement of a delivery made by <paramref name="until"/> (any when null).</summary>
    public AcknowledgementRow? AcknowledgementOf(DeliveryRow delivery, DateTimeOffset? until = null) =>
        delivery is not null && Acknowledgements.TryGetValue(delivery.Id, out var found) && (until is null || found.AcknowledgedAt <= until) ? found : null;

    /// <summary>The review that counts for an acknowledgement: the latest one made by <paramref name="until"/>.</summary>
    public ReviewRow? ReviewOf(AcknowledgementRow? acknowledgement, DateTimeOffset? until = null) =>
        acknowledgement is not null && Reviews.TryGetValue(acknowledgement.Id, out var found)
            ? found.LastOrDefault(r => until is null || r.ReviewedAt <= until)
            : null;
}
