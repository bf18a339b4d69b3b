namespace Throughline.Web.Storage;

/// <summary>
/// That a person took part in a pulse round, and nothing else: no answer, no time, no ordered id, so no row
/// can be joined to what they answered (docs/heart.md#anonymity-in-storage, ADR 0021).
/// </summary>
public sealed class PulseParticipationRow
{
    public Guid OrganizationId { get; set; }

    /// <summary>The round, a calendar quarter such as <c>2026-Q4</c>.</summary>
    public string Round { get; set; } = "";

    public string UserId { get; set; } = "";
}

/// <summary>
/// How many respondents of one unit gave one score on one dimension in one round. Answers exist only as
/// these counts, incremented in the transaction that records the participation.
/// </summary>
public sealed class PulseTallyRow
{
    public Guid OrganizationId { get; set; }
    public string Round { get; set; } = "";

    /// <summary>The respondent's home unit when they answered.</summary>
    public string Unit { get; set; } = "";

    /// <summary>hope, empowerment, accountability, results or trust.</summary>
    public string Dimension { get; set; } = "";

    /// <summary>1 to 5.</summary>
    public int Score { get; set; }

    public int Count { get; set; }
}
