using System.Collections.Concurrent;
using Throughline.Core.Analysis;
using Throughline.Core.Live;
using Throughline.Core.Model;
using Throughline.Web.Plans;

namespace Throughline.Web.Analysis;

/// <summary>What a read sees of an organization: the plan, its analysis as of the asked date, the id index and the item versions.</summary>
public sealed record OrganizationView(Plan Plan, AnalysisResult Result, PlanIndex Index, IReadOnlyDictionary<PlanItemRef, int> Versions);

/// <summary>
/// One organization in memory: the live analysis of its plan (ADR 0007), kept current by every write.
/// Reads run under a shared lock and never rebuild anything; a check-in updates the analysis in place under
/// the exclusive lock; any other change builds the new analysis aside and swaps it in. Writers also hold
/// <see cref="Writes"/> for their whole database transaction, so the memory follows the database in commit order.
/// </summary>
public sealed class OrganizationState : IDisposable
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly TimeProvider time;
    private LiveAnalysis live;
    private PlanIndex index;
    private Dictionary<PlanItemRef, int> versions;

    public OrganizationState(Plan plan, Dictionary<PlanItemRef, int> versions, TimeProvider time)
    {
        this.time = time;
        live = new LiveAnalysis(plan, Today);
        index = new PlanIndex(plan);
        this.versions = versions;
    }

    /// <summary>Held by every writer of this organization, from before its checks until the memory is updated.</summary>
    public SemaphoreSlim Writes { get; } = new(1, 1);

    /// <summary>Reads as of a date (today when null): today's analysis is the live one; another date costs a separate analysis.</summary>
    public T Read<T>(DateOnly? asOf, Func<OrganizationView, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var today = Today;
        TurnTheDay(today);
        gate.EnterReadLock();
        try
        {
            var date = asOf ?? today;
            var result = date == live.AsOf ? live.Current : live.AnalyzeAsOf(date);
            return read(new OrganizationView(live.Plan, result, index, versions));
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Records a check-in on key result <paramref name="keyResult"/> and returns what it changed. Call while holding <see cref="Writes"/>.</summary>
    public T CheckIn<T>(string keyResult, CheckIn checkIn, Func<CheckInResult, OrganizationView, T> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        gate.EnterWriteLock();
        try
        {
            var result = live.CheckIn(live.IndexOf(keyResult), checkIn);
            return describe(result, new OrganizationView(live.Plan, live.Current, index, versions));
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Replaces the plan after a change other than a new check-in: the analysis is built before the lock is
    /// taken, so reads go on meanwhile. Call while holding <see cref="Writes"/>.
    /// </summary>
    public void Replace(Plan plan, IReadOnlyDictionary<PlanItemRef, int?> changedVersions)
    {
        ArgumentNullException.ThrowIfNull(changedVersions);
        var next = new LiveAnalysis(plan, Today);
        var nextIndex = new PlanIndex(plan);
        var nextVersions = new Dictionary<PlanItemRef, int>(versions);
        foreach (var (item, version) in changedVersions)
        {
            if (version is { } v)
            {
                nextVersions[item] = v;
            }
            else
            {
                nextVersions.Remove(item);
            }
        }

        gate.EnterWriteLock();
        try
        {
            live = next;
            index = nextIndex;
            versions = nextVersions;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Replaces the plan and every version, after an import. Call while holding <see cref="Writes"/>.</summary>
    public void ReplaceAll(Plan plan, Dictionary<PlanItemRef, int> allVersions)
    {
        var next = new LiveAnalysis(plan, Today);
        var nextIndex = new PlanIndex(plan);
        gate.EnterWriteLock();
        try
        {
            live = next;
            index = nextIndex;
            versions = allVersions;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        Writes.Dispose();
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    // The live analysis is as of one day; the first read of a new day moves it on.
    private void TurnTheDay(DateOnly today)
    {
        // Most reads find the day unchanged and go on without the upgradeable lock, which only one thread holds at a time.
        if (Volatile.Read(ref live).AsOf >= today)
        {
            return;
        }

        gate.EnterUpgradeableReadLock();
        try
        {
            if (live.AsOf < today)
            {
                gate.EnterWriteLock();
                try
                {
                    live.Reanalyze(today);
                }
                finally
                {
                    gate.ExitWriteLock();
                }
            }
        }
        finally
        {
            gate.ExitUpgradeableReadLock();
        }
    }
}

/// <summary>
/// One <see cref="OrganizationState"/> per organization, built from the database on first use and replaced
/// after an import. Reads never rebuild it (ADR 0007).
/// </summary>
public sealed class PlanCache(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<OrganizationState>>> states = new();

    public async Task<OrganizationState> GetAsync(Guid organizationId)
    {
        var entry = states.GetOrAdd(organizationId, id => new Lazy<Task<OrganizationState>>(() => BuildAsync(id)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed build (the database was unreachable) must not stick: the next read tries again.
            states.TryRemove(new KeyValuePair<Guid, Lazy<Task<OrganizationState>>>(organizationId, entry));
            throw;
        }
    }

    public void Forget(Guid organizationId) => states.TryRemove(organizationId, out _);

    /// <summary>The state if it is loaded, without loading it.</summary>
    public async Task<OrganizationState?> LoadedAsync(Guid organizationId)
    {
        if (!states.TryGetValue(organizationId, out var entry))
        {
            return null;
        }

        try
        {
            return await entry.Value;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return null;
        }
    }

    private async Task<OrganizationState> BuildAsync(Guid organizationId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var (plan, versions) = await store.LoadWithVersionsAsync(organizationId);
        return new OrganizationState(plan, versions, time);
    }
}
