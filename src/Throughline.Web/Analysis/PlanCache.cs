using System.Collections.Concurrent;
using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Web.Plans;
using Throughline.Web.Storage;

namespace Throughline.Web.Analysis;

/// <summary>
/// The engine's view of one organization: its plan, the graph built from it, and the analysis as of the
/// day it was last asked for. Immutable; a new plan gives a new model.
/// </summary>
public sealed class OrganizationModel
{
    private volatile AnalysisResult latest;

    public OrganizationModel(Plan plan, DateOnly today)
    {
        Plan = plan;
        Graph = PlanGraphBuilder.Build(plan);
        latest = Analyzer.Analyze(Graph, today);
    }

    public Plan Plan { get; }
    public PlanGraph Graph { get; }
    public AnalysisResult Latest => latest;

    /// <summary>The analysis as of a date: the kept one for the latest date, else a new one over the same graph.</summary>
    public AnalysisResult AsOf(DateOnly date)
    {
        var current = latest;
        if (current.AsOf == date)
        {
            return current;
        }

        var result = Analyzer.Analyze(Graph, date);
        if (date > current.AsOf)
        {
            // The day has turned: keep the newer analysis as the one plain reads get.
            latest = result;
        }

        return result;
    }
}

/// <summary>
/// One <see cref="OrganizationModel"/> per organization, built from the database on first use and replaced
/// after an import. Reads never rebuild it (ADR 0007).
/// </summary>
public sealed class PlanCache(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<OrganizationModel>>> models = new();

    public async Task<OrganizationModel> GetAsync(Guid organizationId)
    {
        var entry = models.GetOrAdd(organizationId, id => new Lazy<Task<OrganizationModel>>(() => BuildAsync(id)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed build (the database was unreachable) must not stick: the next read tries again.
            models.TryRemove(new KeyValuePair<Guid, Lazy<Task<OrganizationModel>>>(organizationId, entry));
            throw;
        }
    }

    public void Replace(Guid organizationId, Plan plan)
    {
        var model = new OrganizationModel(plan, Today);
        models[organizationId] = new Lazy<Task<OrganizationModel>>(Task.FromResult(model));
    }

    public void Forget(Guid organizationId) => models.TryRemove(organizationId, out _);

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    private async Task<OrganizationModel> BuildAsync(Guid organizationId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var plan = await store.LoadAsync(organizationId);
        return new OrganizationModel(plan, Today);
    }
}
