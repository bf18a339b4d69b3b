using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Throughline.Core.Analysis;
using Throughline.Core.Rules;
using Throughline.Web.Analysis;

namespace Throughline.Benchmarks.Scale;

/// <summary>
/// The roll-up of every objective and goal from the key results' latest check-ins, done twice on the same data
/// in the same run: the way SQL-backed OKR tools do it — a recursive CTE over the goal tree in PostgreSQL — and
/// by the engine from its compiled graph (every key result's forecast, then the roll-up). Both must agree.
/// </summary>
public static class RollUpComparison
{
    // Progress of a key result from its latest check-in on or before the date (the baseline, else 0, without one),
    // as PLAN-FORMAT.md defines it; each weighted share of it is carried up every path of the goal tree, and a
    // parent's progress is the sum of the shares that reach it.
    private const string Sql = """
        WITH RECURSIVE
        kr AS (
            SELECT k."Id" AS id, k."ObjectiveId" AS objective, COALESCE(k."Weight", 1) AS weight,
                CASE
                    WHEN v.direction = 'maintain' THEN
                        CASE WHEN v.value BETWEEN k."RangeLow" AND k."RangeHigh" THEN 1.0 ELSE 0.0 END
                    WHEN k."Target" IS NULL THEN 0.0
                    WHEN k."Target" = v.baseline THEN
                        CASE WHEN (v.direction = 'decrease' AND v.value <= k."Target") OR (v.direction <> 'decrease' AND v.value >= k."Target")
                             THEN 1.0 ELSE 0.0 END
                    ELSE LEAST(1.0, GREATEST(0.0, (v.value - v.baseline) / (k."Target" - v.baseline)))
                END AS progress
            FROM "KeyResults" k
            CROSS JOIN LATERAL (
                SELECT COALESCE(
                    (SELECT c."Value" FROM "CheckIns" c
                     WHERE c."OrganizationId" = k."OrganizationId" AND c."ParentId" = k."Id" AND c."Date" <= @asOf
                     ORDER BY c."Date" DESC, c."Ordinal" DESC LIMIT 1),
                    k."Baseline", 0) AS value,
                    COALESCE(k."Baseline", 0) AS baseline,
                    LOWER(COALESCE(k."Direction", CASE WHEN k."Target" < COALESCE(k."Baseline", 0) THEN 'decrease' ELSE 'increase' END)) AS direction
            ) v
            WHERE k."OrganizationId" = @organization AND k."ObjectiveId" IS NOT NULL
        ),
        link AS (
            SELECT c."ParentId" AS child, c."TargetId" AS parent, COALESCE(c."Weight", 1) AS weight, g."Id" IS NOT NULL AS to_goal
            FROM "Contributions" c
            LEFT JOIN "Goals" g ON g."OrganizationId" = c."OrganizationId" AND g."Id" = c."TargetId"
            WHERE c."OrganizationId" = @organization
        ),
        total AS (
            SELECT parent, SUM(weight) AS weight
            FROM (SELECT objective AS parent, weight FROM kr UNION ALL SELECT parent, weight FROM link) children
            GROUP BY parent
        ),
        up (node, is_goal, share) AS (
            SELECT kr.objective, FALSE, kr.weight / t.weight * kr.progress
            FROM kr JOIN total t ON t.parent = kr.objective
            UNION ALL
            SELECT l.parent, l.to_goal, up.share * l.weight / t.weight
            FROM up
            JOIN link l ON l.child = up.node AND NOT up.is_goal
            JOIN total t ON t.parent = l.parent
        )
        SELECT node, is_goal, SUM(share) FROM up GROUP BY node, is_goal
        """;

    public static async Task<int> RunAsync(Database database, int people, string results)
    {
        await using var app = BenchServer.Build(database);
        var organization = await BenchServer.OrganizationIdAsync(app);
        var state = await app.Services.GetRequiredService<PlanCache>().GetAsync(organization);
        var graph = state.Read(null, view => view.Result.Graph);
        var rules = new RuleConfiguration(graph.Plan.Rules);
        var asOf = BenchData.AsOf;

        // The engine: warm up, then the median of many runs.
        AnalysisResult engine = EngineRollUp(graph, asOf, rules);
        var engineTimes = new List<double>();
        for (var run = 0; run < 21; run++)
        {
            var clock = Stopwatch.StartNew();
            engine = EngineRollUp(graph, asOf, rules);
            engineTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        // PostgreSQL: the same roll-up, warm (one run first), then the median of five.
        await using var connection = new NpgsqlConnection(database.Connection);
        await connection.OpenAsync();
        Dictionary<(string Id, bool Goal), double> sqlNodes = [];
        var sqlTimes = new List<double>();
        for (var run = 0; run < 6; run++)
        {
            var clock = Stopwatch.StartNew();
            sqlNodes = await SqlRollUpAsync(connection, organization, asOf);
            if (run > 0)
            {
                sqlTimes.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        // Every objective and goal, as both computed it (an item nothing reaches is 0 in both).
        var differences = new List<(string Item, double Engine, double Sql)>();
        for (var o = 0; o < graph.ObjectiveCount; o++)
        {
            differences.Add((graph.Plan.Objectives[o].Id, engine.Objective(o).Progress, sqlNodes.GetValueOrDefault((graph.Plan.Objectives[o].Id, false))));
        }

        for (var g = 0; g < graph.GoalCount; g++)
        {
            differences.Add((graph.Plan.Goals[g].Id, engine.Goal(g).Progress, sqlNodes.GetValueOrDefault((graph.Plan.Goals[g].Id, true))));
        }

        var disagree = differences.Where(d => Math.Abs(d.Engine - d.Sql) > 1e-9).ToList();
        var engineMs = Median(engineTimes);
        var sqlMs = Median(sqlTimes);
        if (disagree.Count > 0)
        {
            Console.Error.WriteLine($"The two roll-ups disagree on {disagree.Count} of {differences.Count} objectives and goals, for example:");
            foreach (var (item, engineProgress, sql) in disagree.Take(5))
            {
                Console.Error.WriteLine($"  {item}: engine {engineProgress}, recursive CTE {sql}");
            }

            return 1;
        }

        new Figure(
            "rollup-vs-cte",
            "full roll-up: the engine against a recursive CTE in PostgreSQL, same data, same run",
            sqlMs / engineMs,
            "×",
            50,
            LowerIsBetter: false,
            $"engine {engineMs:0.0} ms (forecast of {graph.KeyResultCount:N0} key results, roll-up of {graph.ObjectiveCount:N0} objectives and {graph.GoalCount} goals, median of 21); " +
            $"recursive CTE {sqlMs:0} ms (median of 5, warm); the progress of every objective and goal agrees to 1e-9.").Save(results);
        return 0;
    }

    private static AnalysisResult EngineRollUp(PlanGraph graph, DateOnly asOf, RuleConfiguration rules)
    {
        var result = new AnalysisResult(graph, asOf, rules);
        var horizonDay = graph.Plan.Vision?.Horizon?.DayNumber ?? PlanGraph.NoDay;
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            result.KeyResults[k] = Forecaster.Evaluate(graph, k, asOf.DayNumber, horizonDay);
        }

        RollUp.Run(result);
        return result;
    }

    private static async Task<Dictionary<(string Id, bool Goal), double>> SqlRollUpAsync(NpgsqlConnection connection, Guid organization, DateOnly asOf)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("organization", organization);
        command.Parameters.AddWithValue("asOf", asOf);
        var nodes = new Dictionary<(string Id, bool Goal), double>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            nodes[(reader.GetString(0), reader.GetBoolean(1))] = Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture);
        }

        return nodes;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
