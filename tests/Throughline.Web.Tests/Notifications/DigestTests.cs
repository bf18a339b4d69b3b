using Throughline.Web.Notifications;
using Throughline.Web.Pages.Org;
using static Throughline.Web.Tests.Notifications.SchedulerPlans;

namespace Throughline.Web.Tests.Notifications;

/// <summary>The weekly digest keeps strategic messages first and whole, and operational updates after them, capped.</summary>
public sealed class DigestTests
{
    private static readonly MyWorkList NothingDue = new("ben", "Ben Okafor", [], [], [], []);

    [Fact]
    public void OneStrategicMessageComesBeforeThirtyUpdatesWhichAreCappedAtTen()
    {
        // The updates come newest first, an hour apart from Wednesday noon: updates 1 to 10 are of 2026-11-18.
        var updates = Enumerable.Range(1, 30).Select(i => Update(i, Wednesday.AddHours(-i))).ToList();

        var digest = Digests.Weekly(NothingDue, [], [Strategic(4, "Natural refrigerants first")], updates);

        Assert.Equal(
            "Strategic messages\n"
            + "- Message 4 Natural refrigerants first: version 2 for you, delivered 2026-11-16, to acknowledge in your own words\n\n"
            + "Operational updates\n"
            + string.Concat(Enumerable.Range(1, 10).Select(i => $"- Update {i} (to sales, 2026-11-18)\n"))
            + "- and 20 more",
            digest);
    }

    [Fact]
    public void StrategicMessagesAreNeverCut()
    {
        var digest = Digests.Weekly(NothingDue, [], [.. Enumerable.Range(1, 12).Select(i => Strategic(i, $"Message title {i}"))], [Update(1, Wednesday)]);

        var sections = digest.Split("\n\n");
        Assert.Equal(["Strategic messages", "Operational updates"], sections.Select(s => s.Split('\n')[0]));
        Assert.Equal(12, sections[0].Split('\n').Length - 1);
        Assert.Equal("Operational updates\n- Update 1 (to sales, 2026-11-18)", sections[1]);
    }

    [Fact]
    public void ExactlyTenUpdatesAreListedWithoutACount()
    {
        var digest = Digests.Weekly(NothingDue, [], [], [.. Enumerable.Range(1, 10).Select(i => Update(i, Wednesday))]);

        Assert.StartsWith("Nothing is due this week.\n\nOperational updates\n- Update 1 ", digest, StringComparison.Ordinal);
        Assert.EndsWith("- Update 10 (to sales, 2026-11-18)", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("more", digest, StringComparison.Ordinal);
    }

    private static StrategicNews Strategic(int message, string title) =>
        new(message, title, "Why", "What changes", "sales", "frontline", 2, "Talking points", "ben", new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));

    private static OperationalNews Update(int i, DateTimeOffset at) => new(100 + i, $"Update {i}", "sales", "ben", at);
}
