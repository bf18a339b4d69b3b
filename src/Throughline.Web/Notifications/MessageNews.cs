using Microsoft.EntityFrameworkCore;
using Throughline.Web.Messages;
using Throughline.Web.Storage;

namespace Throughline.Web.Notifications;

/// <summary>A strategic message a person received and has not acknowledged: their latest delivery of it.</summary>
public sealed record StrategicNews(
    int Message, string Title, string Why, string WhatChanges, string Department, string Level, int Version, string Text, string PersonId,
    DateTimeOffset DeliveredAt);

/// <summary>An operational update delivered to a person.</summary>
public sealed record OperationalNews(int Message, string Title, string? Unit, string PersonId, DateTimeOffset DeliveredAt);

/// <summary>
/// What the messages hold for the scheduler in one organization, read once a tick: every person's unacknowledged
/// strategic messages (each person's latest delivery of each message) and the operational updates of the last
/// seven days (docs/cadences.md#strategic-messages).
/// </summary>
/// <param name="Since">Strategic messages delivered after this are mailed; earlier ones only stay in the digest.</param>
public sealed record MessageNews(IReadOnlyList<StrategicNews> Strategic, IReadOnlyList<OperationalNews> Operational, DateTimeOffset Since)
{
    /// <summary>How far back the scheduler looks for deliveries to mail and updates to put in a digest.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(7);

    public static async Task<MessageNews> LoadAsync(ThroughlineDb db, Guid organizationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Operational updates, and of strategic messages only each person's latest delivery, unacknowledged.
        var deliveries = await (
            from d in db.Deliveries.AsNoTracking()
            where d.OrganizationId == organizationId
            join m in db.Messages on d.MessageId equals m.Id
            where m.Kind == MessageKinds.Operational
                || (d.TalkingPointsId != null
                    && !db.Acknowledgements.Any(a => a.DeliveryId == d.Id)
                    && !db.Deliveries.Any(later => later.MessageId == d.MessageId && later.PersonId == d.PersonId && later.Id > d.Id))
            select new { d.Id, d.PersonId, d.Version, d.DeliveredAt, d.TalkingPointsId, m.Number, m.Kind, m.Title, m.Unit })
            .ToListAsync(cancellationToken);

        // Compared here rather than in SQL: SQLite cannot compare DateTimeOffset columns.
        var operational = deliveries
            .Where(d => d.Kind == MessageKinds.Operational && d.DeliveredAt > now - Recent && d.DeliveredAt <= now)
            .OrderByDescending(d => d.DeliveredAt).ThenByDescending(d => d.Id)
            .Select(d => new OperationalNews(d.Number, d.Title, d.Unit, d.PersonId, d.DeliveredAt))
            .ToList();
        var unacknowledged = deliveries.Where(d => d.Kind == MessageKinds.Strategic).ToList();
        if (unacknowledged.Count == 0)
        {
            return new MessageNews([], operational, now - Recent);
        }

        var pointIds = unacknowledged.Select(d => d.TalkingPointsId!.Value).Distinct().ToList();
        var points = await db.TalkingPoints.AsNoTracking().Where(p => pointIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var versions = (await db.TalkingPointsVersions.AsNoTracking().Where(v => pointIds.Contains(v.TalkingPointsId)).ToListAsync(cancellationToken))
            .ToDictionary(v => (v.TalkingPointsId, v.Version));
        var messageIds = points.Values.Select(p => p.MessageId).Distinct().ToList();
        var messages = await db.Messages.AsNoTracking().Where(m => messageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var strategic = unacknowledged
            .OrderByDescending(d => d.DeliveredAt).ThenByDescending(d => d.Id)
            .Select(d =>
            {
                var set = points[d.TalkingPointsId!.Value];
                var message = messages[set.MessageId];
                return new StrategicNews(
                    d.Number, d.Title, message.Why, message.WhatChanges, set.Department, set.Level, d.Version, versions[(set.Id, d.Version)].Text, d.PersonId,
                    d.DeliveredAt);
            })
            .ToList();
        return new MessageNews(strategic, operational, now - Recent);
    }
}
