using Microsoft.EntityFrameworkCore;
using Throughline.Core.Heart;
using Throughline.Core.Reports.Packet;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Heart;

/// <summary>
/// The anonymous pulse survey: records that a member took part in the round and adds their answers to their
/// unit's counts, never the answers themselves (docs/heart.md#anonymity-in-storage, ADR 0021).
/// </summary>
public sealed class PulseBook(ThroughlineDb db, PlanCache cache, TimeProvider time)
{
    public const int LowestScore = 1;
    public const int HighestScore = 5;

    /// <summary>The round of today: the calendar quarter, like the planning cycle.</summary>
    public ReviewQuarter CurrentRound => ReviewQuarter.Containing(AnalysisApi.Today(time));

    public async Task<PulseStatusResponse> StatusAsync(OrganizationAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var round = CurrentRound;
        var key = round.ToString();
        var answered = await db.PulseParticipations.AnyAsync(
            p => p.OrganizationId == access.OrganizationId && p.Round == key && p.UserId == access.UserId, cancellationToken);
        var unit = await HomeUnitAsync(access);
        return new PulseStatusResponse(PulseRoundResponse.Of(round), answered, unit is not null && access.CanWrite && access.IsAtLeast(OrganizationRole.Member) && !answered);
    }

    /// <summary>Adds the caller's answers to their unit's counts for the round; null when recorded, else why not.</summary>
    public async Task<Refusal?> AnswerAsync(OrganizationAccess access, PulseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        if (!access.IsAtLeast(OrganizationRole.Member))
        {
            return Refusal.Forbidden("Viewers change nothing, pulse answers included.");
        }

        var scores = request.Scores();
        foreach (var (dimension, score) in scores)
        {
            if (score is < LowestScore or > HighestScore)
            {
                return Refusal.BadField(PulseRequest.FieldOf(dimension), $"Answer with a whole number from {LowestScore} to {HighestScore}, or leave the question out.");
            }
        }

        if (scores.All(s => s.Score is null))
        {
            return Refusal.BadField("hope", "Answer at least one of hope, empowerment, accountability, results and trust.");
        }

        if (await HomeUnitAsync(access) is not { } unit)
        {
            return Refusal.Conflict("person", "Your membership is not linked to a person of the plan with a home unit: the survey counts answers per unit, so it cannot count yours.");
        }

        var current = CurrentRound;
        var round = current.ToString();
        var answered = Refusal.Conflict("round", $"You have answered the pulse survey of {current.Label} already; each member answers once per round.");
        for (var attempt = 0; ; attempt++)
        {
            if (await db.PulseParticipations.AnyAsync(p => p.OrganizationId == access.OrganizationId && p.Round == round && p.UserId == access.UserId, cancellationToken))
            {
                return answered;
            }

            try
            {
                await RecordAsync(access.OrganizationId, access.UserId, round, unit, request, cancellationToken);
                return null;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another first answer of the same unit arrived at the same time and created its counts, or this
                // person's own second request did: the transaction was rolled back whole, so look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The survey groups of a round: per unit and dimension, the average score and how many answered.</summary>
    public async Task<List<PulseSurveyGroup>> GroupsAsync(Guid organizationId, ReviewQuarter round, CancellationToken cancellationToken = default)
    {
        var key = round.ToString();
        var tallies = await db.PulseTallies.AsNoTracking()
            .Where(t => t.OrganizationId == organizationId && t.Round == key && t.Count > 0)
            .ToListAsync(cancellationToken);
        return [.. tallies
            .Where(t => DimensionNamed(t.Dimension) is not null)
            .GroupBy(t => (t.Unit, Dimension: DimensionNamed(t.Dimension)!.Value))
            .Select(g => new PulseSurveyGroup(
                g.Key.Unit, g.Key.Dimension, (double)g.Sum(t => t.Score * t.Count) / g.Sum(t => t.Count), g.Sum(t => t.Count)))];
    }

    public static string NameOf(HeartDimension dimension) => dimension.ToString().ToLowerInvariant();

    private static HeartDimension? DimensionNamed(string name) =>
        Enum.GetValues<HeartDimension>().Select(d => (HeartDimension?)d).FirstOrDefault(d => NameOf(d!.Value) == name);

    private async Task RecordAsync(Guid organizationId, string userId, string round, string unit, PulseRequest answers, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PulseParticipations.Add(new PulseParticipationRow { OrganizationId = organizationId, Round = round, UserId = userId });
        await db.SaveChangesAsync(cancellationToken);
        var rows = db.PulseTallies.Where(t => t.OrganizationId == organizationId && t.Round == round && t.Unit == unit);
        if (!await rows.AnyAsync(cancellationToken))
        {
            // Every count of the unit at once, in a fixed order: which rows exist, and in what order they were
            // written, says nothing of the first answer.
            db.PulseTallies.AddRange(Enum.GetValues<HeartDimension>().SelectMany(d => Enumerable.Range(LowestScore, HighestScore - LowestScore + 1).Select(score =>
                new PulseTallyRow { OrganizationId = organizationId, Round = round, Unit = unit, Dimension = NameOf(d), Score = score, Count = 0 })));
            await db.SaveChangesAsync(cancellationToken);
        }

        // One statement rewrites every count of the unit, adding one where the answer falls: all of them carry
        // this transaction's mark (PostgreSQL's xmin), not only the ones the answer changed. A skipped question
        // is score 0, which no row has.
        int hope = answers.Hope ?? 0, empowerment = answers.Empowerment ?? 0, accountability = answers.Accountability ?? 0;
        int results = answers.Results ?? 0, trust = answers.Trust ?? 0;
        await rows.ExecuteUpdateAsync(
            s => s.SetProperty(t => t.Count, t => t.Count + (
                (t.Dimension == "hope" && t.Score == hope) || (t.Dimension == "empowerment" && t.Score == empowerment)
                || (t.Dimension == "accountability" && t.Score == accountability) || (t.Dimension == "results" && t.Score == results)
                || (t.Dimension == "trust" && t.Score == trust) ? 1 : 0)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The home unit of the caller's person in the plan as it stands today, or null.</summary>
    private async Task<string?> HomeUnitAsync(OrganizationAccess access)
    {
        if (access.PersonId is not { } person)
        {
            return null;
        }

        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view => view.Plan.Organization.People.FirstOrDefault(p => p.Id == person)?.Unit is { Length: > 0 } unit
            && view.Plan.Organization.Units.Any(u => u.Id == unit) ? unit : null);
    }
}
