using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>
/// Writes the actions: a batch under each initiative, due within its span, then standalone actions that serve an
/// objective or key result directly, until there are five per person. Planted: about 5% of the standalone ones
/// serve nothing, and about 2% of the open ones have no owner.
/// </summary>
internal static class ActionStage
{
    public const double PerPerson = 5;
    public const double UnalignedShare = 0.05;
    public const double UnownedShare = 0.02;

    public sealed record Counts(int Actions, int Orphans, int WithoutLineOfSight, int Unowned);

    public static Counts Emit(int people, OrgChart chart, ObjectiveIndex objectives, InitiativeIndex initiatives, DateOnly asOf, IPlanSink sink, SplitMix64 random)
    {
        var total = (int)Math.Round(people * PerPerson, MidpointRounding.AwayFromZero);
        var asOfDay = asOf.DayNumber;
        var (a, orphans, blind, unowned) = (0, 0, 0, 0);
        for (var i = 0; i < initiatives.Count; i++)
        {
            var status = initiatives.Status[i];
            var count = status switch
            {
                InitiativeStatus.Proposed => random.Between(0, 3),
                InitiativeStatus.Cancelled => random.Between(2, 6),
                _ => random.Between(8, 32),
            };
            var (start, end) = (initiatives.StartDay[i], initiatives.EndDay[i]);
            for (var j = 0; j < count; j++, a++)
            {
                var due = start + random.Next(end - start + 1);
                var done = status switch
                {
                    InitiativeStatus.Done => true,
                    InitiativeStatus.Cancelled => false,
                    _ => random.Chance(due < asOfDay ? 0.92 : 0.03),
                };
                var owned = done || !random.Chance(UnownedShare);
                unowned += owned ? 0 : 1;
                blind += initiatives.Aligned[i] ? 0 : 1;
                sink.Action(new PlanAction
                {
                    Id = Id(a),
                    Title = Title(random),
                    Initiative = InitiativeIndex.Id(i),
                    Owner = owned ? OrgChart.PersonId(chart.Member(initiatives.Unit[i], random, headShare: 0.15)) : null,
                    Due = DateOnly.FromDayNumber(due),
                    Done = done,
                    Effort = random.Chance(0.2) ? random.Between(1, 8) / 2.0 : null,
                });
            }
        }

        for (; a < total; a++)
        {
            var objective = random.Next(objectives.Count);
            var unaligned = random.Chance(UnalignedShare);
            List<string> supports = unaligned ? []
                : random.Chance(0.6) ? [ObjectiveIndex.Id(objective)]
                : [ObjectiveIndex.KeyResultId(objectives.AnyKeyResultOf(objective, random))];
            var due = asOfDay + random.Between(-120, 90);
            var done = random.Chance(due < asOfDay ? 0.85 : 0.05);
            var owned = done || !random.Chance(UnownedShare);
            var orphan = unaligned || objectives.Orphan[objective];
            unowned += owned ? 0 : 1;
            orphans += orphan ? 1 : 0;
            blind += orphan ? 1 : 0;
            sink.Action(new PlanAction
            {
                Id = Id(a),
                Title = Title(random),
                Supports = supports,
                Owner = owned ? OrgChart.PersonId(chart.Member(objectives.Unit[objective], random, headShare: 0.15)) : null,
                Due = DateOnly.FromDayNumber(due),
                Done = done,
            });
        }

        return new Counts(a, orphans, blind, unowned);
    }

    private static string Id(int action) => $"A{action + 1}";

    private static string Title(SplitMix64 random) => random.Pick(Words.Work.Actions);
}
