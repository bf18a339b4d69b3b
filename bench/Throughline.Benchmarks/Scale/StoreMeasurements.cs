using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Web.Analysis;
using Throughline.Web.Plans;

namespace Throughline.Benchmarks.Scale;

/// <summary>The organization into the database (import) and out of it into memory (cold start).</summary>
public static class StoreMeasurements
{
    public static async Task<int> ImportAsync(Database database, int people, string results)
    {
        var plan = BenchData.Plan(people);
        await BenchServer.ResetAsync(database);
        await using var app = BenchServer.Build(database);
        var organization = await BenchServer.CreateOrganizationAsync(app, plan.Organization.Name);

        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var clock = Stopwatch.StartNew();
        var changes = await store.ImportAsync(organization, plan, actor: "benchmark");
        var elapsed = clock.Elapsed;
        var checkIns = plan.Objectives.Sum(o => o.KeyResults.Sum(k => k.CheckIns.Count));
        new Figure(
            $"import-{database.Provider}",
            $"import of the {people:N0}-person plan into {database.Name}",
            elapsed.TotalSeconds,
            "s",
            60,
            LowerIsBetter: true,
            $"{changes.Added.Count:N0} items added with {checkIns:N0} check-ins, one transaction.").Save(results);
        return 0;
    }

    /// <summary>A server started over the database, until the organization is loaded and analysed in memory; then its memory.</summary>
    public static async Task<int> ColdStartAsync(Database database, int people, string results)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        await using var app = BenchServer.Build(database);
        await app.StartAsync();
        var organization = await BenchServer.OrganizationIdAsync(app);
        var state = await app.Services.GetRequiredService<PlanCache>().GetAsync(organization);
        var elapsed = clock.Elapsed;
        var keyResults = state.Read(null, view => view.Result.Graph.KeyResultCount);
        var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024);
        GC.KeepAlive(state);
        new Figure(
            $"cold-start-{database.Provider}",
            $"cold start: server up with the {people:N0}-person organization loaded from {database.Name}",
            elapsed.TotalSeconds,
            "s",
            15,
            LowerIsBetter: true,
            $"{keyResults:N0} key results analysed; managed memory of the loaded organization {memory:N0} MiB.").Save(results);
        new Figure(
            $"memory-{database.Provider}",
            $"server memory per loaded {people:N0}-person organization",
            memory,
            "MiB",
            null,
            LowerIsBetter: true,
            "managed heap after a full collection, the loaded organization (plan, compiled graph, live analysis, index) minus the empty server").Save(results);
        await app.StopAsync();
        return 0;
    }
}
