using Throughline.Core.Model;

namespace Throughline.Core.Tests.Live;

/// <summary>
/// Generates plans whose objectives form a multi-parent DAG three levels deep, with the shapes the rules care
/// about: increase, decrease and maintain key results, one without a target, explicit key result owners, one
/// person owning more open items than the limit, priority 1 objectives near the inflation share, objectives
/// without work, initiatives that finish after their objective is due. Plans of even seeds are mostly made of
/// quarter-long objectives, near the share horizon/short-termism reports. The same seed gives the same plan.
/// </summary>
internal static class DagPlans
{
    public static readonly DateOnly AsOf = PlanBuilder.Day("2026-05-15");

    public static Plan Generate(int seed)
    {
        var random = new Random(seed);
        var builder = new PlanBuilder()
            .Vision("Every customer gets delivery within three days", "2028-12-31")
            .SuccessMeasure("VS1", 0, 1000, kr => kr.Unit = "customers")
            .Person("busy")
            .Person("lead")
            .Rule("ownership/overloaded", parameters: new() { ["limit"] = 8 });
        double[] weights = [1, 2, 0.5, 0.3, 1.5];
        var quarterShare = seed % 2 == 0 ? 0.9 : 0.35;
        for (var g = 1; g <= 4; g++)
        {
            builder.Goal($"G{g}", goal => goal.Weight = weights[random.Next(weights.Length)]);
        }

        // Level 0 contributes to goals, level 1 to level 0, level 2 to levels 0 and 1; some links carry weights.
        var levels = new[] { (First: 1, Last: 5), (First: 6, Last: 15), (First: 16, Last: 32) };
        for (var level = 0; level < levels.Length; level++)
        {
            for (var o = levels[level].First; o <= levels[level].Last; o++)
            {
                var parents = level == 0
                    ? Pick(random, 1, 3, Enumerable.Range(1, 3).Select(g => $"G{g}"))
                    : Pick(random, 1, 4, Enumerable.Range(1, levels[level - 1].Last).Select(p => $"O{p}"));
                var links = parents.Select(id => (id, weights[random.Next(weights.Length)])).ToArray();
                var quarter = random.NextDouble() < quarterShare;
                var owner = random.Next(3) == 0 ? "busy" : "lead";
                var priority = random.Next(10) < 3 ? 1 : 2;
                builder.Objective($"O{o}", [], objective =>
                {
                    objective.ContributesTo = links.Select(l => new Contribution { Id = l.id, Weight = l.Item2 }).ToList();
                    objective.Start = PlanBuilder.Day(quarter ? "2026-04-01" : "2026-01-01");
                    objective.Due = PlanBuilder.Day(quarter ? "2026-06-30" : "2026-12-31");
                    objective.Owner = owner;
                    objective.Priority = priority;
                });
                AddKeyResults(builder, random, o, level);
                if (random.Next(3) > 0)
                {
                    var due = PlanBuilder.Day(quarter ? "2026-06-30" : "2026-12-31");
                    var late = random.Next(3) == 0;
                    builder.Initiative($"I{o}", [$"O{o}"], initiative =>
                    {
                        initiative.Start = PlanBuilder.Day("2026-02-01");
                        initiative.End = due.AddDays(late ? 20 : -10);
                    });
                }
            }
        }

        return builder.Build();
    }

    private static void AddKeyResults(PlanBuilder builder, Random random, int o, int level)
    {
        // Level 2 objectives always have key results; above, some are measured only through their children.
        var count = level == 2 ? random.Next(1, 4) : random.Next(0, 3);
        for (var i = 1; i <= count; i++)
        {
            var id = $"KR{o}.{i}";
            var history = Enumerable.Range(0, random.Next(0, 4))
                .Select(n => (PlanBuilder.Day("2026-01-15").AddDays(30 * n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 0.0))
                .ToArray();
            switch (random.Next(6))
            {
                case 0:
                    builder.KeyResult($"O{o}", id, 50, 10, Fill(history, 50, 10, random));
                    break;
                case 1:
                    builder.KeyResult($"O{o}", id, 100, 100, Fill(history, 90, 110, random), kr =>
                    {
                        kr.Direction = Direction.Maintain;
                        kr.Range = new ValueRange(95, 105);
                        kr.Target = null;
                    });
                    break;
                case 2:
                    builder.KeyResult($"O{o}", id, 0, 100, Fill(history, 0, 100, random), kr =>
                    {
                        kr.Target = random.Next(2) == 0 ? null : 100;
                        kr.Owner = "busy";
                        kr.Cadence = Cadence.Weekly;
                    });
                    break;
                default:
                    builder.KeyResult($"O{o}", id, 0, 100, Fill(history, 0, 100, random), kr => kr.Weight = random.Next(1, 4));
                    break;
            }
        }
    }

    private static (string Date, double Value)[] Fill((string Date, double Value)[] history, double from, double to, Random random) =>
        history.Select((c, n) => (c.Date, Math.Round(from + ((to - from) * (n + 1) * random.NextDouble() / 4), 1))).ToArray();

    private static List<string> Pick(Random random, int least, int most, IEnumerable<string> ids)
    {
        var all = ids.ToList();
        var count = Math.Min(all.Count, random.Next(least, most));
        return all.OrderBy(_ => random.Next()).Take(count).ToList();
    }
}
