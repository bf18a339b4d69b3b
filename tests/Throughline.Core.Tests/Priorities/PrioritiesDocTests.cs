using System.Text.RegularExpressions;
using Throughline.Core.Analysis;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Priorities;

/// <summary>Keeps docs/priorities.md true: its worked example is read, ranked and explained exactly as the page shows.</summary>
public partial class PrioritiesDocTests
{
    [Fact]
    public void WorkedExamplePrintsTheExplanationsThePageShows()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "priorities.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf("\n## Worked example\n", StringComparison.Ordinal);
        var example = page[start..page.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        var blocks = FencedBlock().Matches(example).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        var read = PlanReader.Read(blocks["yaml"], "priorities.plan.yaml");
        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => $"{e.Location}: {e.Message}")));
        var ranking = Analyzer.Analyze(read.Plan!, PlanBuilder.Day(WorkedExample.AsOf)).Priorities;

        Assert.Equal(blocks["text"], string.Join("\n\n", ranking.Ranked.Select(r => r.Explanation)));

        // The page quotes why I3 would yield first, wrapped over two lines.
        var firstToYield = ranking.WhoShouldYield([0, 1, 2])[0];
        Assert.Equal("I3", firstToYield.Initiative.Id);
        Assert.Contains($"\"{firstToYield.Reason}\"", Whitespace().Replace(example, " "), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Throughline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside a checkout (no Throughline.slnx above " + AppContext.BaseDirectory + ").");
    }

    [GeneratedRegex(@"```(\w+)\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
