using Throughline.Core.Analysis;
using Throughline.Core.Live;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Live;

/// <summary>The blocked list that keeps a live analysis's findings in order, at sizes where its blocks split and empty.</summary>
public class OrderedFindingsTests
{
    [Fact]
    public void ThousandsOfAddsAndRemovesKeepTheOrderOfASortedList()
    {
        var random = new Random(7);
        var initial = Enumerable.Range(0, 3000).Select(_ => RandomFinding(random)).ToList();
        initial.Sort(FindingOrder.Compare);
        var findings = new OrderedFindings(initial);
        var reference = new List<Finding>(initial);

        // Mostly adds first (blocks fill and split), then mostly removes (blocks empty and go).
        for (var step = 0; step < 6000; step++)
        {
            var adding = reference.Count == 0 || random.NextDouble() < (step < 3000 ? 0.8 : 0.2);
            if (adding)
            {
                var finding = RandomFinding(random);
                findings.Add(finding);
                reference.Add(finding);
            }
            else
            {
                var finding = reference[random.Next(reference.Count)];
                Assert.True(findings.Remove(finding));
                reference.Remove(finding);
            }

            if (step % 500 == 0)
            {
                SameAnalysis.SameFindings(reference, findings, $"step {step}");
            }
        }

        SameAnalysis.SameFindings(reference, findings, "end");

        // Emptied block by block (from the front, so whole blocks go), then filled again.
        foreach (var finding in reference.OrderBy(f => f, Comparer<Finding>.Create(FindingOrder.Compare)).ToList())
        {
            Assert.True(findings.Remove(finding));
        }

        Assert.Empty(findings);
        var again = Enumerable.Range(0, 600).Select(_ => RandomFinding(random)).ToList();
        again.ForEach(findings.Add);
        SameAnalysis.SameFindings(again, findings, "refilled");
        Assert.False(findings.Remove(new Finding("gap/orphan-action", Severity.Info, ElementKind.Action, "none", "", "", null)));
    }

    [Fact]
    public void FindingThatSortsEqualToOthersGoesAfterThem()
    {
        // Same place, rule and subject: only the message differs, and insertion order is kept.
        var first = new Finding("priority/inflation", Severity.Warning, ElementKind.Plan, "plan", "goals", "", null);
        var second = first with { Message = "objectives" };
        var third = first with { Message = "initiatives" };
        var findings = new OrderedFindings([first]);
        findings.Add(second);
        findings.Add(third);

        Assert.Equal(["goals", "objectives", "initiatives"], findings.Select(f => f.Message));
        Assert.Equal("objectives", findings[1].Message);
        Assert.True(findings.Remove(second));
        Assert.Equal(["goals", "initiatives"], findings.Select(f => f.Message));
    }

    private static Finding RandomFinding(Random random)
    {
        string[] rules = ["tracking/stale", "tracking/off-track", "gap/objective-without-work"];
        SourceLocation? location = random.Next(5) == 0 ? null : new SourceLocation("plan.yaml", random.Next(1, 400), random.Next(1, 8));
        return new Finding(
            rules[random.Next(rules.Length)], Severity.Warning, ElementKind.KeyResult, $"KR{random.Next(200)}",
            $"message {random.Next(1000)}", "", location);
    }
}
