using Throughline.Core.Model;

namespace Throughline.Core.Tests.Heart;

/// <summary>
/// The worked example of docs/heart.md: acme (1 person) above sales (2) and ops (3), objectives running
/// through 2026, analysed as of 2026-07-02, when exactly half of their time (182 of 364 days) has gone.
/// </summary>
internal static class HeartPlan
{
    public const string AsOf = "2026-07-02";

    public static PlanBuilder Build() => new PlanBuilder()
        .Unit("acme").Unit("sales", "acme").Unit("ops", "acme")
        .Person("maria", "acme", Level(PersonLevel.Executive))
        .Person("ana", "sales", Level(PersonLevel.Manager))
        .Person("bo", "sales", Level(PersonLevel.Frontline))
        .Person("cy", "ops", Level(PersonLevel.Manager))
        .Person("dee", "ops", Level(PersonLevel.Frontline))
        .Person("eve", "ops", Level(PersonLevel.Frontline))
        .Goal("G1")
        .Objective("O1", ["G1"], o => (o.Unit, o.Owner) = ("sales", "ana"))
        .KeyResult("O1", "KR1", 0, 100, [("2026-06-30", 40)], Cadenced(Cadence.Weekly))
        .KeyResult("O1", "KR2", 0, 10, [("2026-05-01", 10)], Cadenced(Cadence.Monthly))
        .KeyResult("O1", "KR3", 0, 100, [("2026-05-15", 30)], Cadenced(Cadence.Monthly))
        .Objective("O2", ["G1"], o => (o.Unit, o.Owner) = ("ops", null))
        .KeyResult("O2", "KR4", 0, 100, [("2026-07-01", 60)], kr => (kr.Cadence, kr.Weight) = (Cadence.Weekly, 3))
        .KeyResult("O2", "KR5", 100, 0, configure: Cadenced(Cadence.Monthly))
        .Objective("O3", ["G1"], o => (o.Unit, o.Owner) = ("ops", "cy"))
        .Initiative("I1", ["O1"], i => (i.Unit, i.Owner) = ("sales", "ana"))
        .Initiative("I2", ["O1"], i => (i.Unit, i.Owner, i.Status) = ("sales", "maria", InitiativeStatus.Planned))
        .Initiative("I3", ["O2"], i => (i.Unit, i.Owner) = ("ops", null))
        .Initiative("I4", ["O2"], i => (i.Unit, i.Owner, i.Status) = (null, "cy", InitiativeStatus.Done))
        .Initiative("I5", ["O2"], i => (i.Unit, i.Owner, i.Status) = ("ops", "dee", InitiativeStatus.Cancelled))
        .Action("A1", "I1", a => a.Owner = "bo")
        .Action("A2", "I1", a => a.Owner = null)
        .Action("A3", "I3", a => (a.Owner, a.Done) = ("eve", true))
        .Action("A4", null, a =>
        {
            a.Owner = "maria";
            a.Supports = ["O1"];
        })
        .Action("A5", "I5", a => a.Owner = "dee");

    private static Action<Person> Level(PersonLevel level) => p => p.Level = level;

    private static Action<KeyResult> Cadenced(Cadence cadence) => kr => kr.Cadence = cadence;
}
