using Throughline.Core.Model;

namespace Throughline.Core.Generation;

/// <summary>Writes the organization: its units with capacity and limits, and its people with their managers.</summary>
internal static class OrganizationStage
{
    public static void Emit(OrgChart chart, IPlanSink sink, SplitMix64 random)
    {
        sink.Organization(chart.CompanyName, OrgChart.DefaultMaxInitiatives);
        for (var u = 0; u < chart.UnitCount; u++)
        {
            sink.Unit(new Unit
            {
                Id = OrgChart.UnitId(u),
                Name = chart.Name[u],
                Parent = u == 0 ? null : OrgChart.UnitId(chart.Parent[u]),
                Capacity = chart.Capacity[u],
                MaxInitiatives = chart.MaxInitiatives[u],
            });
        }

        for (var p = 0; p < chart.PersonCount; p++)
        {
            var unit = chart.PersonUnit[p];
            var isHead = chart.Head(unit) == p;

            // A head reports to the head of the unit above; everyone else to their own unit's head.
            var manager = !isHead ? chart.Head(unit) : unit == 0 ? -1 : chart.Head(chart.Parent[unit]);
            sink.Person(new Person
            {
                Id = OrgChart.PersonId(p),
                Name = $"{random.Pick(Words.People.FirstNames)} {random.Pick(Words.People.LastNames)}",
                Unit = OrgChart.UnitId(unit),
                Level = chart.PersonLevel[p],
                Manager = manager < 0 ? null : OrgChart.PersonId(manager),
            });
        }
    }
}
