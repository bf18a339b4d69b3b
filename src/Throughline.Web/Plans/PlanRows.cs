using Microsoft.EntityFrameworkCore;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

/// <summary>Every row of one organization's plan, as loaded from or about to be written to the database.</summary>
public sealed partial class PlanRows
{
    public PlanSettingsRow? Settings { get; set; }
    public List<UnitRow> Units { get; } = [];
    public List<UnitMemberRow> UnitMembers { get; } = [];
    public List<PersonRow> People { get; } = [];
    public VisionRow? Vision { get; set; }
    public List<ValueRow> Values { get; } = [];
    public List<SwotRow> Swot { get; } = [];
    public List<GoalRow> Goals { get; } = [];
    public List<GoalSwotRow> GoalSwot { get; } = [];
    public List<ObjectiveRow> Objectives { get; } = [];
    public List<ContributionRow> Contributions { get; } = [];
    public List<KeyResultRow> KeyResults { get; } = [];
    public List<CheckInRow> CheckIns { get; } = [];
    public List<InitiativeRow> Initiatives { get; } = [];
    public List<InitiativeDependencyRow> Dependencies { get; } = [];
    public List<InitiativeSupportRow> InitiativeSupports { get; } = [];
    public List<InitiativeScoreRow> Scores { get; } = [];
    public List<ActionRow> Actions { get; } = [];
    public List<ActionSupportRow> ActionSupports { get; } = [];
    public List<CriterionRow> Criteria { get; } = [];
    public List<RuleSettingRow> Rules { get; } = [];
    public List<RuleParameterRow> RuleParameters { get; } = [];

    public static async Task<PlanRows> LoadAsync(ThroughlineDb db, Guid organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = new PlanRows
        {
            Settings = await db.PlanSettings.AsNoTracking().SingleOrDefaultAsync(r => r.OrganizationId == organizationId, cancellationToken),
            Vision = await db.Visions.AsNoTracking().SingleOrDefaultAsync(r => r.OrganizationId == organizationId, cancellationToken),
        };
        rows.Units.AddRange(await Ordered(db.Units, organizationId, cancellationToken));
        rows.UnitMembers.AddRange(await Links(db.UnitMembers, organizationId, cancellationToken));
        rows.People.AddRange(await Ordered(db.People, organizationId, cancellationToken));
        rows.Values.AddRange(await Ordered(db.Values, organizationId, cancellationToken));
        rows.Swot.AddRange(await Ordered(db.SwotItems, organizationId, cancellationToken));
        rows.Goals.AddRange(await Ordered(db.Goals, organizationId, cancellationToken));
        rows.GoalSwot.AddRange(await Links(db.GoalSwotLinks, organizationId, cancellationToken));
        rows.Objectives.AddRange(await Ordered(db.Objectives, organizationId, cancellationToken));
        rows.Contributions.AddRange(await Ordered(db.Contributions, organizationId, cancellationToken));
        rows.KeyResults.AddRange(await Ordered(db.KeyResults, organizationId, cancellationToken));
        rows.CheckIns.AddRange(await Ordered(db.CheckIns, organizationId, cancellationToken));
        rows.Initiatives.AddRange(await Ordered(db.Initiatives, organizationId, cancellationToken));
        rows.Dependencies.AddRange(await Links(db.InitiativeDependencies, organizationId, cancellationToken));
        rows.InitiativeSupports.AddRange(await Links(db.InitiativeSupports, organizationId, cancellationToken));
        rows.Scores.AddRange(await db.InitiativeScores.AsNoTracking().Where(r => r.OrganizationId == organizationId)
            .OrderBy(r => r.Ordinal).ToListAsync(cancellationToken));
        rows.Actions.AddRange(await Ordered(db.Actions, organizationId, cancellationToken));
        rows.ActionSupports.AddRange(await Links(db.ActionSupports, organizationId, cancellationToken));
        rows.Criteria.AddRange(await Ordered(db.Criteria, organizationId, cancellationToken));
        rows.Rules.AddRange(await Ordered(db.RuleSettings, organizationId, cancellationToken));
        rows.RuleParameters.AddRange(await db.RuleParameters.AsNoTracking().Where(r => r.OrganizationId == organizationId)
            .OrderBy(r => r.Ordinal).ToListAsync(cancellationToken));
        return rows;
    }

    /// <summary>Deletes every plan row of the organization; the organization itself stays.</summary>
    public static async Task DeleteAsync(ThroughlineDb db, Guid organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.PlanSettings.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Units.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.UnitMembers.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.People.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Visions.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Values.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.SwotItems.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Goals.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.GoalSwotLinks.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Objectives.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Contributions.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.KeyResults.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.CheckIns.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Initiatives.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.InitiativeDependencies.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.InitiativeSupports.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.InitiativeScores.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Actions.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.ActionSupports.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.Criteria.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.RuleSettings.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
        await db.RuleParameters.Where(r => r.OrganizationId == organizationId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Adds every row to the context; <c>SaveChanges</c> writes them.</summary>
    public void AddTo(ThroughlineDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Settings is not null)
        {
            db.Add(Settings);
        }

        if (Vision is not null)
        {
            db.Add(Vision);
        }

        db.AddRange(Units);
        db.AddRange(UnitMembers);
        db.AddRange(People);
        db.AddRange(Values);
        db.AddRange(Swot);
        db.AddRange(Goals);
        db.AddRange(GoalSwot);
        db.AddRange(Objectives);
        db.AddRange(Contributions);
        db.AddRange(KeyResults);
        db.AddRange(CheckIns);
        db.AddRange(Initiatives);
        db.AddRange(Dependencies);
        db.AddRange(InitiativeSupports);
        db.AddRange(Scores);
        db.AddRange(Actions);
        db.AddRange(ActionSupports);
        db.AddRange(Criteria);
        db.AddRange(Rules);
        db.AddRange(RuleParameters);
    }

    private static Task<List<TRow>> Ordered<TRow>(IQueryable<TRow> table, Guid organizationId, CancellationToken cancellationToken)
        where TRow : PlanRow =>
        table.AsNoTracking().Where(r => r.OrganizationId == organizationId).OrderBy(r => r.Ordinal).ToListAsync(cancellationToken);

    private static Task<List<TRow>> Links<TRow>(IQueryable<TRow> table, Guid organizationId, CancellationToken cancellationToken)
        where TRow : LinkRow =>
        table.AsNoTracking().Where(r => r.OrganizationId == organizationId).OrderBy(r => r.Ordinal).ToListAsync(cancellationToken);
}
