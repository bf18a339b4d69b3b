using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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

    /// <summary>
    /// Reads every row of the organization's plan, without change tracking, on connections of their own that
    /// read several tables at a time, the largest first. They see what is committed, as the context's own
    /// connection would before it writes.
    /// </summary>
    public static async Task<PlanRows> LoadAsync(ThroughlineDb db, Guid organizationId, CancellationToken cancellationToken) =>
        (await LoadAsync(db, organizationId, checkIns: null, cancellationToken)).Rows;

    /// <summary>
    /// As <see cref="LoadAsync(ThroughlineDb, Guid, CancellationToken)"/>, but the check-ins go straight into
    /// the plan's objects instead of rows.
    /// </summary>
    internal static async Task<(PlanRows Rows, CheckInGroups CheckIns)> LoadForPlanAsync(ThroughlineDb db, Guid organizationId, CancellationToken cancellationToken)
    {
        var checkIns = new CheckInGroups();
        return ((await LoadAsync(db, organizationId, checkIns, cancellationToken)).Rows, checkIns);
    }

    private static async Task<(PlanRows Rows, CheckInGroups? CheckIns)> LoadAsync(ThroughlineDb db, Guid organizationId, CheckInGroups? checkIns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var reads = await SideBySideReads.OpenAsync(db, MostReaders, cancellationToken);
        var placed = new Action<PlanRows>?[Tables.Length];
        var jobs = new List<Func<DbConnection, DbTransaction, CancellationToken, Task>>();
        for (var t = 0; t < Tables.Length; t++)
        {
            var i = t;
            if (checkIns is not null && Tables[i] is PlanTable<CheckInRow>)
            {
                jobs.Add((connection, transaction, token) => PlanTable<CheckInRow>.ReadEachAsync(db.Model, connection, transaction, organizationId, checkIns.Add, token));
            }
            else
            {
                jobs.Add(async (connection, transaction, token) => placed[i] = await Tables[i].ReadAsync(db.Model, connection, transaction, organizationId, token));
            }
        }

        // Each connection takes the next job until none is left; a failure stops the others.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var next = -1;
        await Task.WhenAll(reads.Readers.Select(reader => Task.Run(
            async () =>
            {
                try
                {
                    for (var j = Interlocked.Increment(ref next); j < jobs.Count; j = Interlocked.Increment(ref next))
                    {
                        await jobs[j](reader.Connection, reader.Transaction, failed.Token);
                    }
                }
                catch
                {
                    await failed.CancelAsync();
                    throw;
                }
            },
            failed.Token)));
        var rows = new PlanRows();
        foreach (var place in placed)
        {
            place?.Invoke(rows);
        }

        return (rows, checkIns);
    }

    /// <summary>
    /// Makes the organization's stored rows these, within the context's transaction (callers begin one: a
    /// failure part way must leave nothing behind). <paramref name="stored"/> are the rows as stored: a row equal
    /// to one of them in every column stays as it is, and only the others are deleted and inserted, in bulk
    /// (statements stepped directly on SQLite, binary COPY on PostgreSQL).
    /// </summary>
    public async Task ReplaceAsync(ThroughlineDb db, Guid organizationId, PlanRows stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stored);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var (connection, transaction) = Connection(db);
            foreach (var table in Tables)
            {
                await table.ReplaceAsync(db.Model, connection, transaction, organizationId, stored, this, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // More connections than this wait for the check-ins, which one of them reads alone.
    private const int MostReaders = 2;

    private static (DbConnection Connection, DbTransaction? Transaction) Connection(ThroughlineDb db) =>
        (db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());
}
