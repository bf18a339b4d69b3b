using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Throughline.Core.Model;
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
    public static async Task<PlanRows> LoadAsync(ThroughlineDb db, Guid organizationId, CancellationToken cancellationToken)
    {
        PlanRows? loaded = null;
        await LoadAsync(db, organizationId, checkIns: null, rows => loaded = rows, cancellationToken);
        return loaded!;
    }

    /// <summary>
    /// Reads the organization's plan as <paramref name="build"/> makes it of the rows, with the check-ins read
    /// straight into the plan's objects instead of rows. The plan is built while the check-ins are still being
    /// read, into the lists <paramref name="build"/> is handed for each key result.
    /// </summary>
    internal static async Task<T> LoadAsync<T>(ThroughlineDb db, Guid organizationId, Func<PlanRows, Func<string, List<CheckIn>>, T> build, CancellationToken cancellationToken)
    {
        var checkIns = new CheckInGroups();
        T built = default!;
        await LoadAsync(db, organizationId, checkIns, rows => built = build(rows, checkIns.Of), cancellationToken);
        checkIns.Finish();
        return built;
    }

    /// <summary>
    /// Runs one job per table on every connection until none is left; the one that reads the last table's rows
    /// puts them together and hands them to <paramref name="read"/>, while the check-ins may still be coming in.
    /// </summary>
    private static async Task LoadAsync(ThroughlineDb db, Guid organizationId, CheckInGroups? checkIns, Action<PlanRows> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var reads = await SideBySideReads.OpenAsync(db, MostReaders, cancellationToken);
        var placed = new Action<PlanRows>?[Tables.Length];
        var jobs = new List<Func<DbConnection, DbTransaction, CancellationToken, Task>>();
        var tablesLeft = 0;
        for (var t = 0; t < Tables.Length; t++)
        {
            var i = t;
            if (checkIns is not null && Tables[i] is PlanTable<CheckInRow>)
            {
                jobs.Add((connection, transaction, token) => PlanTable<CheckInRow>.ReadEachAsync(db.Model, connection, transaction, organizationId, checkIns.Add, token));
                continue;
            }

            tablesLeft++;
            jobs.Add(async (connection, transaction, token) =>
            {
                placed[i] = await Tables[i].ReadAsync(db.Model, connection, transaction, organizationId, token);
                if (Interlocked.Decrement(ref tablesLeft) == 0)
                {
                    var rows = new PlanRows();
                    foreach (var place in placed)
                    {
                        place?.Invoke(rows);
                    }

                    read(rows);
                }
            });
        }

        // A failure stops the other connections.
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
