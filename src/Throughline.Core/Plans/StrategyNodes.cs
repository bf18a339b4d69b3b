using Throughline.Core.Model;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>The writer's nodes for the organization, the strategic frame, goals, objectives and key results.</summary>
internal static class StrategyNodes
{
    public static YamlMappingNode Organization(Organization organization) => new NodeMap()
        .Text("name", organization.Name)
        .Integer("max_initiatives", organization.MaxInitiatives)
        .List("units", organization.Units, Unit)
        .List("people", organization.People, Person)
        .WithExtensionsOf(organization);

    public static YamlMappingNode Unit(Unit unit) => new NodeMap()
        .Text("id", unit.Id)
        .Text("name", unit.Name)
        .Text("parent", unit.Parent)
        .Number("capacity", unit.Capacity)
        .Integer("max_initiatives", unit.MaxInitiatives)
        .Ids("members", unit.Members)
        .WithExtensionsOf(unit);

    public static YamlMappingNode Person(Person person) => new NodeMap()
        .Text("id", person.Id)
        .Text("name", person.Name)
        .Text("unit", person.Unit)
        .Choice("level", person.Level)
        .Text("manager", person.Manager)
        .Text("email", person.Email)
        .WithExtensionsOf(person);

    public static YamlMappingNode Vision(Vision vision) => new NodeMap()
        .Text("statement", vision.Statement)
        .Text("purpose", vision.Purpose)
        .Date("horizon", vision.Horizon)
        .List("success", vision.Success, KeyResult)
        .WithExtensionsOf(vision);

    public static YamlMappingNode Value(ValueStatement value) => new NodeMap()
        .Text("name", value.Name)
        .Text("description", value.Description)
        .WithExtensionsOf(value);

    public static YamlMappingNode SwotItem(SwotItem item) => new NodeMap(MappingStyle.Flow)
        .Text("id", item.Id)
        .Choice<SwotKind>("kind", item.Kind)
        .Text("text", item.Text)
        .WithExtensionsOf(item);

    public static YamlMappingNode Goal(Goal goal) => new NodeMap()
        .Text("id", goal.Id)
        .Text("title", goal.Title)
        .Text("description", goal.Description)
        .Text("area", goal.Area)
        .Text("owner", goal.Owner)
        .Date("horizon", goal.Horizon)
        .Integer("priority", goal.Priority)
        .Number("weight", goal.Weight)
        .Ids("swot", goal.Swot)
        .Flag("urgent", goal.Urgent)
        .Boolean("cross_cutting", goal.CrossCutting)
        .WithExtensionsOf(goal);

    public static YamlMappingNode Objective(Objective objective) => new NodeMap()
        .Text("id", objective.Id)
        .Text("title", objective.Title)
        .Text("description", objective.Description)
        .Add("contributes_to", objective.ContributesTo.Count == 0 ? null : new YamlSequenceNode(objective.ContributesTo.Select(Contribution)) { Style = SequenceStyle.Flow })
        .Text("owner", objective.Owner)
        .Text("unit", objective.Unit)
        .Date("start", objective.Start)
        .Date("due", objective.Due)
        .Integer("priority", objective.Priority)
        .Flag("urgent", objective.Urgent)
        .List("key_results", objective.KeyResults, KeyResult)
        .WithExtensionsOf(objective);

    // A bare id unless the link carries a weight or custom data.
    private static YamlNode Contribution(Contribution contribution) =>
        contribution.Weight is null && (contribution.Extensions is null || contribution.Extensions.Count == 0)
            ? YamlWriting.Text(contribution.Id)
            : new NodeMap(MappingStyle.Flow).Text("id", contribution.Id).Number("weight", contribution.Weight).WithExtensionsOf(contribution);

    public static YamlMappingNode KeyResult(KeyResult keyResult) => new NodeMap()
        .Text("id", keyResult.Id)
        .Text("title", keyResult.Title)
        .Number("baseline", keyResult.Baseline)
        .Number("target", keyResult.Target)
        .Text("unit", keyResult.Unit)
        .Choice("direction", keyResult.Direction)
        .Add("range", keyResult.Range is { } range ? Range(range) : null)
        .Number("weight", keyResult.Weight)
        .Choice("cadence", keyResult.Cadence)
        .Text("owner", keyResult.Owner)
        .Text("metric", keyResult.Metric?.Trim())
        .List("checkins", keyResult.CheckIns, CheckIn)
        .WithExtensionsOf(keyResult);

    public static YamlMappingNode CheckIn(CheckIn checkIn) => new NodeMap(MappingStyle.Flow)
        .Date("date", checkIn.Date)
        .Number("value", checkIn.Value)
        .Number("confidence", checkIn.Confidence)
        .Text("by", checkIn.By)
        .Text("note", checkIn.Note)
        .WithExtensionsOf(checkIn);

    private static YamlSequenceNode Range(ValueRange range) =>
        new(YamlWriting.Plain(YamlScalars.FormatNumber(range.Low)), YamlWriting.Plain(YamlScalars.FormatNumber(range.High)))
        {
            Style = SequenceStyle.Flow,
        };
}
