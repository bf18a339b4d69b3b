using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

public sealed partial class PlanRows
{
    // Every table that holds a plan, each with the rows it holds here; the largest first, so that tables read
    // side by side finish at about the same time.
    private static readonly PlanTable[] Tables =
    [
        new PlanTable<CheckInRow>(r => r.CheckIns, (r, read) => r.CheckIns.AddRange(read)),
        new PlanTable<ActionRow>(r => r.Actions, (r, read) => r.Actions.AddRange(read)),
        new PlanTable<ActionSupportRow>(r => r.ActionSupports, (r, read) => r.ActionSupports.AddRange(read)),
        new PlanTable<KeyResultRow>(r => r.KeyResults, (r, read) => r.KeyResults.AddRange(read)),
        new PlanTable<PersonRow>(r => r.People, (r, read) => r.People.AddRange(read)),
        new PlanTable<InitiativeScoreRow>(r => r.Scores, (r, read) => r.Scores.AddRange(read)),
        new PlanTable<ContributionRow>(r => r.Contributions, (r, read) => r.Contributions.AddRange(read)),
        new PlanTable<ObjectiveRow>(r => r.Objectives, (r, read) => r.Objectives.AddRange(read)),
        new PlanTable<InitiativeSupportRow>(r => r.InitiativeSupports, (r, read) => r.InitiativeSupports.AddRange(read)),
        new PlanTable<InitiativeRow>(r => r.Initiatives, (r, read) => r.Initiatives.AddRange(read)),
        new PlanTable<UnitRow>(r => r.Units, (r, read) => r.Units.AddRange(read)),
        new PlanTable<UnitMemberRow>(r => r.UnitMembers, (r, read) => r.UnitMembers.AddRange(read)),
        new PlanTable<InitiativeDependencyRow>(r => r.Dependencies, (r, read) => r.Dependencies.AddRange(read)),
        new PlanTable<GoalSwotRow>(r => r.GoalSwot, (r, read) => r.GoalSwot.AddRange(read)),
        new PlanTable<GoalRow>(r => r.Goals, (r, read) => r.Goals.AddRange(read)),
        new PlanTable<SwotRow>(r => r.Swot, (r, read) => r.Swot.AddRange(read)),
        new PlanTable<ValueRow>(r => r.Values, (r, read) => r.Values.AddRange(read)),
        new PlanTable<CriterionRow>(r => r.Criteria, (r, read) => r.Criteria.AddRange(read)),
        new PlanTable<RuleSettingRow>(r => r.Rules, (r, read) => r.Rules.AddRange(read)),
        new PlanTable<RuleParameterRow>(r => r.RuleParameters, (r, read) => r.RuleParameters.AddRange(read)),
        new PlanTable<PlanSettingsRow>(r => r.Settings is { } row ? [row] : [], (r, read) => r.Settings = read.SingleOrDefault()),
        new PlanTable<VisionRow>(r => r.Vision is { } row ? [row] : [], (r, read) => r.Vision = read.SingleOrDefault()),
    ];

    /// <summary>One table of the plan and where its rows go in <see cref="PlanRows"/>.</summary>
    private abstract class PlanTable
    {
        public abstract Task<Action<PlanRows>> ReadAsync(IModel model, DbConnection connection, DbTransaction? transaction, Guid organizationId, CancellationToken cancellationToken);

        public abstract Task ReplaceAsync(IModel model, DbConnection connection, DbTransaction? transaction, Guid organizationId, PlanRows stored, PlanRows incoming, CancellationToken cancellationToken);
    }

    private sealed class PlanTable<TRow>(Func<PlanRows, IReadOnlyCollection<TRow>> rowsOf, Action<PlanRows, List<TRow>> keep) : PlanTable
        where TRow : class, new()
    {
        /// <summary>Reads the table's rows and returns what puts them in place, so that tables can be read side by side.</summary>
        public override async Task<Action<PlanRows>> ReadAsync(IModel model, DbConnection connection, DbTransaction? transaction, Guid organizationId, CancellationToken cancellationToken)
        {
            var read = await RowTable<TRow>.Of(model).ReadAsync(connection, transaction, organizationId, cancellationToken);
            return rows => keep(rows, read);
        }

        /// <summary>Hands every row to <paramref name="take"/> in one reused row object: for a caller that copies what it needs.</summary>
        public static Task ReadEachAsync(IModel model, DbConnection connection, DbTransaction? transaction, Guid organizationId, Action<TRow> take, CancellationToken cancellationToken)
        {
            var row = new TRow();
            return RowTable<TRow>.Of(model).ReadEachAsync(connection, transaction, organizationId, () => row, take, cancellationToken);
        }

        public override Task ReplaceAsync(IModel model, DbConnection connection, DbTransaction? transaction, Guid organizationId, PlanRows stored, PlanRows incoming, CancellationToken cancellationToken) =>
            RowTable<TRow>.Of(model).ReplaceAsync(connection, transaction, organizationId, rowsOf(stored), rowsOf(incoming), cancellationToken);
    }
}
