namespace Throughline.Web.Storage;

/// <summary>
/// One thing the scheduler delivered, under the key (organization, kind, recipient, subject, period) that the
/// database keeps unique: whichever process or tick inserts it first delivers it, every other one finds it taken.
/// </summary>
public sealed class ScheduledDeliveryRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }

    /// <summary>check-in-reminder, weekly-digest, unit-agenda, quarterly-review.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The user the delivery is for.</summary>
    public string Recipient { get; set; } = "";

    /// <summary>What it is about: a key result or unit id, or empty for the person or organization as a whole.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The period it belongs to: the day a check-in fell due, the Monday of a week, a quarter (2026-Q3).</summary>
    public string Period { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The address to mail, when e-mail was configured at the time; null for an in-app delivery only.</summary>
    public string? EmailTo { get; set; }

    public DateTimeOffset? EmailSentAt { get; set; }
    public int EmailAttempts { get; set; }
    public string? EmailError { get; set; }

    /// <summary>
    /// While set and ahead (Unix milliseconds, which both databases compare), one process is sending the e-mail
    /// and every other one leaves it alone.
    /// </summary>
    public long? EmailClaimedUntil { get; set; }
}

/// <summary>What a person reads in the server: one per delivery.</summary>
public sealed class NotificationRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public string UserId { get; set; } = "";
    public long DeliveryId { get; set; }
    public ScheduledDeliveryRow? Delivery { get; set; }
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>A path in the server to go on from, such as the key result to check in.</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A colleague's kudos on a win (Wins/), at most one per person and win.</summary>
public sealed class KudosRow
{
    public Guid OrganizationId { get; set; }

    /// <summary>The win's id, such as <c>key-result:KR1</c> or <c>objective:O1:50</c>.</summary>
    public string WinId { get; set; } = "";

    public string UserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
