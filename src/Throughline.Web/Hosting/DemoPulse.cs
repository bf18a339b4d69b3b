using Throughline.Core.Heart;
using Throughline.Core.Reports.Packet;
using Throughline.Web.Heart;
using Throughline.Web.Storage;

namespace Throughline.Web.Hosting;

/// <summary>
/// The demo's pulse survey: the answers of this round and of the one before, as the tallies the server keeps
/// (docs/heart.md), for the Calder units whose staff the plan does not name one by one. They come from a fixed
/// seed, so every demo shows the same heat map with the same trends. Finance has three respondents, so its survey
/// is withheld; Quality Assurance and Battery Management Software have none, so the demo's own sign-ins find
/// their units' survey open to them.
/// </summary>
internal static class DemoPulse
{
    private const int Seed = 2026;

    /// <summary>Respondents per unit this round; the round before had two fewer (at least three).</summary>
    private static readonly (string Unit, int Respondents)[] Units =
    [
        ("heat-pump-eng", 14), ("storage-eng", 9), ("controls", 8), ("plant-sheffield", 6), ("assembly-line-2", 18), ("plant-gdansk", 16),
        ("supply-chain", 7), ("marketing", 6), ("sales-uk", 11), ("sales-eu", 12), ("service", 15), ("people", 5), ("finance", 3),
    ];

    public static async Task SeedAsync(ThroughlineDb db, Guid organizationId, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(Seed);
        var current = ReviewQuarter.Containing(today);
        var previous = ReviewQuarter.Containing(current.Start.AddDays(-1));
        foreach (var (unit, respondents) in Units)
        {
            foreach (var dimension in Enum.GetValues<HeartDimension>())
            {
                // A unit's mood on a dimension sits between 2.3 and 4.3 and moved by up to half a point since last round.
                var mean = 2.3 + (2 * random.NextDouble());
                var earlier = mean + (random.NextDouble() - 0.5);
                Tally(db, organizationId, current, unit, dimension, Answers(random, mean, respondents));
                Tally(db, organizationId, previous, unit, dimension, Answers(random, earlier, Math.Max(3, respondents - 2)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>How many of <paramref name="respondents"/> gave each score from 1 to 5, scattered around a mean.</summary>
    private static int[] Answers(Random random, double mean, int respondents)
    {
        var counts = new int[PulseBook.HighestScore + 1];
        for (var r = 0; r < respondents; r++)
        {
            var scatter = random.NextDouble() + random.NextDouble() - 1;
            var score = (int)Math.Clamp(Math.Round(mean + (1.5 * scatter)), PulseBook.LowestScore, PulseBook.HighestScore);
            counts[score]++;
        }

        return counts;
    }

    private static void Tally(ThroughlineDb db, Guid organizationId, ReviewQuarter round, string unit, HeartDimension dimension, int[] counts)
    {
        for (var score = PulseBook.LowestScore; score <= PulseBook.HighestScore; score++)
        {
            db.PulseTallies.Add(new PulseTallyRow
            {
                OrganizationId = organizationId,
                Round = round.ToString(),
                Unit = unit,
                Dimension = PulseBook.NameOf(dimension),
                Score = score,
                Count = counts[score],
            });
        }
    }
}
