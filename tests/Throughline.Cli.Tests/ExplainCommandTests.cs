using Throughline.Core.Rules;

namespace Throughline.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public void EveryRuleHasADocumentationPage()
    {
        var missing = RuleCatalog.All.Where(rule => RuleDocs.Find(rule.Id) is null).Select(rule => rule.Id);

        Assert.Empty(missing);
    }

    [Fact]
    public void KnownRulePrintsItsPage()
    {
        var run = Cli.Run("explain", "gap/orphan-initiative");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(RuleDocs.Find("gap/orphan-initiative")!.ReplaceLineEndings("\n").TrimEnd('\n'), run.Out.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void RuleNameWithoutFamilyIsEnough()
    {
        Assert.Equal(Cli.Run("explain", "gap/orphan-initiative").Out, Cli.Run("explain", "orphan-initiative").Out);
    }

    [Fact]
    public void UnknownRuleNamesTheClosestAndExitsTwo()
    {
        var run = Cli.Run("explain", "gap/orphan-intiative");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ["error: unknown rule 'gap/orphan-intiative'; did you mean 'gap/orphan-initiative'?", "Run 'throughline explain --list' to see every rule."],
            run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void MistypedBareNameFindsTheRuleToo()
    {
        var run = Cli.Run("explain", "stael");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: unknown rule 'stael'; did you mean 'tracking/stale'?", run.ErrorLines[0]);
    }

    [Fact]
    public void WithoutRuleListsEveryRuleWithSeverityAndSummary()
    {
        var run = Cli.Run("explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(run.Out, Cli.Run("explain", "--list").Out);

        // The longest id, gap/objective-without-key-results, is 33 characters; columns are two spaces apart.
        Assert.Equal("RULE                               SEVERITY  SUMMARY", run.OutLines[0]);
        Assert.Equal(
            "tracking/off-track                 error     A key result whose forecast misses its target by far.",
            run.OutLines.Single(line => line.StartsWith("tracking/off-track ", StringComparison.Ordinal)));
        Assert.Equal(RuleCatalog.All.Count, run.OutLines.Count(line => RuleCatalog.All.Any(r => line.StartsWith(r.Id + " ", StringComparison.Ordinal))));
    }
}
