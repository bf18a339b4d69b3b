using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Analysis;
using Throughline.Core.Findings;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Core.Rules;

namespace Throughline.Core.Tests.Rules;

/// <summary>
/// Keeps docs/rules true: each page is embedded under its rule id, its example plan is read and analysed and
/// must print exactly the findings the page shows, and its configuration snippet must do what it says.
/// </summary>
public partial class RuleDocPagesTests
{
    private const string ExampleFile = "example.plan.yaml";

    public static TheoryData<string> RuleIds => RuleTriggers.Ids();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PageStatesTheRuleItsSeverityAndItsParameters(string ruleId)
    {
        var page = Page(ruleId);
        var rule = RuleCatalog.Find(ruleId)!;

        Assert.StartsWith($"# {ruleId}\n\n{rule.Summary}\n", page);
        Assert.Contains($"\n- Default severity: {rule.DefaultSeverity.Name()}\n", page);
        foreach (var (name, value) in rule.Parameters)
        {
            Assert.Contains($"\n- Parameter `{name}`, default {value.ToString(CultureInfo.InvariantCulture)}:", page);
        }

        foreach (var heading in new[] { "What it checks", "Why it matters", "How to fix it", "Example", "Configuration" })
        {
            Assert.Contains($"\n## {heading}\n", page);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ExamplePlanPrintsTheFindingsThePageShows(string ruleId)
    {
        var example = Section(Page(ruleId), "Example");
        var asOf = DateOnly.ParseExact(AsOfDate().Match(example).Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var findings = Analyze(Block(example, "yaml"), asOf).Where(f => f.RuleId == ruleId).ToList();

        Assert.NotEmpty(findings);
        Assert.Equal(Block(example, "text"), Print(findings));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ConfigurationSnippetChangesTheRuleInTheExample(string ruleId)
    {
        var page = Page(ruleId);
        var example = Section(page, "Example");
        var asOf = DateOnly.ParseExact(AsOfDate().Match(example).Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var snippets = Blocks(Section(page, "Configuration"), "yaml");

        // The first snippet switches the rule off; the second re-levels it.
        Assert.Equal(2, snippets.Count);
        Assert.DoesNotContain(Analyze(Block(example, "yaml") + "\n" + snippets[0], asOf), f => f.RuleId == ruleId);
        var relevelled = Analyze(Block(example, "yaml") + "\n" + snippets[1], asOf).Where(f => f.RuleId == ruleId).ToList();
        Assert.NotEmpty(relevelled);
        Assert.All(relevelled, f => Assert.NotEqual(RuleCatalog.Find(ruleId)!.DefaultSeverity, f.Severity));
    }

    [Fact]
    public void IndexListsEveryRuleWithItsPageSeverityAndSummary()
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream("rules/README.md");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var index = reader.ReadToEnd();

        foreach (var rule in RuleCatalog.All)
        {
            var name = rule.Id[(rule.Family.Length + 1)..];
            Assert.Contains($"| [{rule.Id}]({rule.Family}/{name}.md) | {rule.DefaultSeverity.Name()} | {rule.Summary} |", index);
        }
    }

    private static string Page(string ruleId)
    {
        var page = RuleDocs.Find(ruleId);
        Assert.NotNull(page);
        return page.ReplaceLineEndings("\n");
    }

    private static List<Finding> Analyze(string yaml, DateOnly asOf)
    {
        var read = PlanReader.Read(yaml, ExampleFile);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => $"{e.Location}: {e.Message}")));
        return [.. Analyzer.Analyze(read.Plan!, asOf).Findings];
    }

    /// <summary>As <c>throughline check</c> prints a finding: the compiler-style line, then the suggestion.</summary>
    private static string Print(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f =>
        $"{f.Location?.ToString() ?? ExampleFile}: {f.Severity.Name()} {f.RuleId}: {f.Message}\n  suggestion: {f.Suggestion}"));

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no '## {heading}' section.");
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static string Block(string section, string language) => Assert.Single(Blocks(section, language));

    private static List<string> Blocks(string section, string language) =>
        [.. FencedBlock().Matches(section).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value)];

    [GeneratedRegex(@"```(\w+)\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"as of (\d{4}-\d{2}-\d{2})")]
    private static partial Regex AsOfDate();
}
