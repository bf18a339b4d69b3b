using Microsoft.EntityFrameworkCore;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Plans;
using Throughline.Web.Storage;

namespace Throughline.Web.Items;

/// <summary>
/// Writes one item's rows: the item's own row and the lists stored beside it (a unit's members, an
/// initiative's dependencies). The rows come from <see cref="PlanRows.FromPlan"/> on a plan holding just the
/// item, so that an item written here is stored exactly as an import would store it.
/// </summary>
public static class ItemRows
{
    /// <summary>The position and version of the stored item, or null when it is not stored.</summary>
    public static async Task<(int Ordinal, int Version)?> FindAsync(ThroughlineDb db, Guid org, PlanItemKind kind, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = kind switch
        {
            PlanItemKind.Unit => await Row(db.Units, org, id, cancellationToken),
            PlanItemKind.Person => await Row(db.People, org, id, cancellationToken),
            PlanItemKind.Swot => await Row(db.SwotItems, org, id, cancellationToken),
            PlanItemKind.Criterion => await Row(db.Criteria, org, id, cancellationToken),
            PlanItemKind.Goal => await Row(db.Goals, org, id, cancellationToken),
            PlanItemKind.Objective => await Row(db.Objectives, org, id, cancellationToken),
            PlanItemKind.KeyResult => await Row(db.KeyResults, org, id, cancellationToken),
            PlanItemKind.Initiative => await Row(db.Initiatives, org, id, cancellationToken),
            PlanItemKind.Action => await Row(db.Actions, org, id, cancellationToken),
            PlanItemKind.Vision => await db.Visions.AsNoTracking().Where(r => r.OrganizationId == org)
                .Select(r => new { r.Ordinal, r.Version }).SingleOrDefaultAsync(cancellationToken) is { } v ? (v.Ordinal, v.Version) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a stored item."),
        };
        return row;
    }

    /// <summary>The position a new item takes: after every item of its kind (key results: of its objective).</summary>
    public static async Task<int> NextOrdinalAsync(ThroughlineDb db, Guid org, PlanItemKind kind, string? parent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = kind switch
        {
            PlanItemKind.Unit => await Last(db.Units, org, cancellationToken),
            PlanItemKind.Person => await Last(db.People, org, cancellationToken),
            PlanItemKind.Swot => await Last(db.SwotItems, org, cancellationToken),
            PlanItemKind.Criterion => await Last(db.Criteria, org, cancellationToken),
            PlanItemKind.Goal => await Last(db.Goals, org, cancellationToken),
            PlanItemKind.Objective => await Last(db.Objectives, org, cancellationToken),
            PlanItemKind.KeyResult => await Last(db.KeyResults.Where(r => r.ObjectiveId == parent), org, cancellationToken),
            PlanItemKind.Initiative => await Last(db.Initiatives, org, cancellationToken),
            PlanItemKind.Action => await Last(db.Actions, org, cancellationToken),
            PlanItemKind.CheckIn => await Last(db.CheckIns.Where(r => r.ParentId == parent), org, cancellationToken),
            _ => 0,
        };
        return last is { } ordinal ? ordinal + 1 : 0;
    }

    /// <summary>
    /// Deletes the item's rows. With <paramref name="nested"/>, also what the plan nests under it: an
    /// objective's key results, a key result's check-ins, the vision's success measures.
    /// </summary>
    public static async Task DeleteAsync(ThroughlineDb db, Guid org, PlanItemKind kind, string id, bool nested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        switch (kind)
        {
            case PlanItemKind.Unit:
                await db.Units.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                await db.UnitMembers.Where(r => r.OrganizationId == org && r.ParentId == id).ExecuteDeleteAsync(cancellationToken);
                break;
            case PlanItemKind.Person:
                await db.People.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                break;
            case PlanItemKind.Swot:
                await db.SwotItems.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                break;
            case PlanItemKind.Criterion:
                await db.Criteria.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                break;
            case PlanItemKind.Goal:
                await db.Goals.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                await db.GoalSwotLinks.Where(r => r.OrganizationId == org && r.ParentId == id).ExecuteDeleteAsync(cancellationToken);
                break;
            case PlanItemKind.Objective:
                await db.Objectives.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                await db.Contributions.Where(r => r.OrganizationId == org && r.ParentId == id).ExecuteDeleteAsync(cancellationToken);
                if (nested)
                {
                    var keyResults = db.KeyResults.Where(r => r.OrganizationId == org && r.ObjectiveId == id).Select(r => r.Id);
                    await db.CheckIns.Where(r => r.OrganizationId == org && keyResults.Contains(r.ParentId)).ExecuteDeleteAsync(cancellationToken);
                    await db.KeyResults.Where(r => r.OrganizationId == org && r.ObjectiveId == id).ExecuteDeleteAsync(cancellationToken);
                }

                break;
            case PlanItemKind.KeyResult:
                await db.KeyResults.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                if (nested)
                {
                    await db.CheckIns.Where(r => r.OrganizationId == org && r.ParentId == id).ExecuteDeleteAsync(cancellationToken);
                }

                break;
            case PlanItemKind.Initiative:
                await db.Initiatives.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                await db.InitiativeDependencies.Where(r => r.OrganizationId == org && r.ParentId == id).ExecuteDeleteAsync(cancellationToken);
                await db.InitiativeSupports.Where(r => r.OrganizationId == org && r.ParentId == id).ExecuteDeleteAsync(cancellationToken);
                await db.InitiativeScores.Where(r => r.OrganizationId == org && r.InitiativeId == id).ExecuteDeleteAsync(cancellationToken);
                break;
            case PlanItemKind.Action:
                await db.Actions.Where(r => r.OrganizationId == org && r.Id == id).ExecuteDeleteAsync(cancellationToken);
                await db.ActionSupports.Where(r => r.OrganizationId == org && r.ParentId == id).ExecuteDeleteAsync(cancellationToken);
                break;
            case PlanItemKind.Vision:
                await db.Visions.Where(r => r.OrganizationId == org).ExecuteDeleteAsync(cancellationToken);
                if (nested)
                {
                    var measures = db.KeyResults.Where(r => r.OrganizationId == org && r.ObjectiveId == null).Select(r => r.Id);
                    await db.CheckIns.Where(r => r.OrganizationId == org && measures.Contains(r.ParentId)).ExecuteDeleteAsync(cancellationToken);
                    await db.KeyResults.Where(r => r.OrganizationId == org && r.ObjectiveId == null).ExecuteDeleteAsync(cancellationToken);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a stored item.");
        }
    }

    /// <summary>Adds the rows of one item (without what the plan nests under it) at the given position and version.</summary>
    public static void Add(ThroughlineDb db, Guid org, PlanItemKind kind, PlanElement element, string? parent, int ordinal, int version)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = new Plan();
        switch (element)
        {
            case Unit unit:
                plan.Organization.Units.Add(unit);
                break;
            case Person person:
                plan.Organization.People.Add(person);
                break;
            case SwotItem swot:
                plan.Swot.Add(swot);
                break;
            case DecisionCriterion criterion:
                plan.Criteria.Add(criterion);
                break;
            case Goal goal:
                plan.Goals.Add(goal);
                break;
            case Objective objective:
                var alone = objective.ShallowCopy<Objective>();
                alone.KeyResults = [];
                plan.Objectives.Add(alone);
                break;
            case KeyResult keyResult:
                var measure = keyResult.ShallowCopy<KeyResult>();
                measure.CheckIns = [];
                if (parent is null)
                {
                    plan.Vision = new Vision { Success = [measure] };
                }
                else
                {
                    plan.Objectives.Add(new Objective { Id = parent, Title = "", KeyResults = [measure] });
                }

                break;
            case Initiative initiative:
                plan.Initiatives.Add(initiative);
                break;
            case PlanAction action:
                plan.Actions.Add(action);
                break;
            case Vision vision:
                var statement = vision.ShallowCopy<Vision>();
                statement.Success = [];
                plan.Vision = statement;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(element), element, $"{kind} is not a stored item.");
        }

        var rows = PlanRows.FromPlan(org, plan);
        PlanRow main = kind switch
        {
            PlanItemKind.Unit => rows.Units[0],
            PlanItemKind.Person => rows.People[0],
            PlanItemKind.Swot => rows.Swot[0],
            PlanItemKind.Criterion => rows.Criteria[0],
            PlanItemKind.Goal => rows.Goals[0],
            PlanItemKind.Objective => rows.Objectives[0],
            PlanItemKind.KeyResult => rows.KeyResults[0],
            PlanItemKind.Initiative => rows.Initiatives[0],
            PlanItemKind.Action => rows.Actions[0],
            _ => rows.Vision!,
        };
        main.Ordinal = ordinal;
        main.Version = version;
        db.Add(main);
        db.AddRange(rows.UnitMembers);
        db.AddRange(rows.GoalSwot);
        db.AddRange(rows.Contributions);
        db.AddRange(rows.Dependencies);
        db.AddRange(rows.InitiativeSupports);
        db.AddRange(rows.Scores);
        db.AddRange(rows.ActionSupports);
    }

    /// <summary>Adds one check-in of a key result at the given position.</summary>
    public static void AddCheckIn(ThroughlineDb db, Guid org, string keyResult, CheckIn checkIn, int ordinal, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(checkIn);
        db.CheckIns.Add(new CheckInRow
        {
            OrganizationId = org,
            ParentId = keyResult,
            Ordinal = ordinal,
            Version = version,
            Date = checkIn.Date,
            Value = checkIn.Value,
            Confidence = checkIn.Confidence,
            By = checkIn.By,
            Note = checkIn.Note,
            Extensions = ExtensionJson.Write(checkIn.Extensions),
        });
    }

    /// <summary>The stored check-in at a position of the key result's history (0 is the oldest).</summary>
    public static Task<CheckInRow?> CheckInAtAsync(ThroughlineDb db, Guid org, string keyResult, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CheckIns.Where(r => r.OrganizationId == org && r.ParentId == keyResult).OrderBy(r => r.Ordinal).Skip(index).FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<(int, int)?> Row<TRow>(IQueryable<TRow> table, Guid org, string id, CancellationToken cancellationToken)
        where TRow : ItemRow =>
        await table.AsNoTracking().Where(r => r.OrganizationId == org && r.Id == id).Select(r => new { r.Ordinal, r.Version })
            .SingleOrDefaultAsync(cancellationToken) is { } found ? (found.Ordinal, found.Version) : null;

    private static Task<int?> Last<TRow>(IQueryable<TRow> table, Guid org, CancellationToken cancellationToken)
        where TRow : PlanRow =>
        table.Where(r => r.OrganizationId == org).MaxAsync(r => (int?)r.Ordinal, cancellationToken);
}
