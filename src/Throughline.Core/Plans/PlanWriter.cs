using System.Text;
using Throughline.Core.Model;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>
/// Writes plans as plan files (PLAN-FORMAT.md, version 1): fields in the contract's order, empty and default
/// fields left out, <c>x-</c> fields written back. Reading the result gives an equal plan.
/// </summary>
public static class PlanWriter
{
    public static string Write(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);

        var root = new NodeMap()
            .Number("throughline", Plan.CurrentVersion)
            .Add("organization", Organization(plan.Organization))
            .Add("vision", plan.Vision is null ? null : Vision(plan.Vision))
            .List("values", plan.Values, Value)
            .List("swot", plan.Swot, SwotItem)
            .List("criteria", plan.Criteria, ExecutionNodes.Criterion)
            .List("goals", plan.Goals, Goal)
            .List("objectives", plan.Objectives, Objective)
            .List("initiatives", plan.Initiatives, ExecutionNodes.Initiative)
            .List("actions", plan.Actions, ExecutionNodes.Action)
            .Add("rules", plan.Rules.Count == 0 ? null : ExecutionNodes.Rules(plan.Rules))
            .WithExtensionsOf(plan);
        return SeparateSections(YamlWriting.Emit(root));
    }

    public static void WriteFile(Plan plan, string path) =>
        File.WriteAllText(path, Write(plan), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    // A blank line before each top-level section, for the reader's eye. Only section keys start a line at
    // column 0: values of top-level keys are always indented or on the key's line.
    private static string SeparateSections(string yaml)
    {
        var lines = yaml.Split('\n');
        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]))
            {
                text.Append('\n');
            }

            text.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static YamlMappingNode Organization(Organization organization) => new NodeMap()
        .Text("name", organization.Name)
        .Integer("max_initiatives", organization.MaxInitiatives)
        .List("units", organization.Units, unit => new NodeMap()
            .Text("id", unit.Id)
            .Text("name", unit.Name)
            .Text("parent", unit.Parent)
            .Number("capacity", unit.Capacity)
            .Integer("max_initiatives", unit.MaxInitiatives)
            .Ids("members", unit.Members)
            .WithExtensionsOf(unit))
        .List("people", organization.People, person => new NodeMap()
            .Text("id", person.Id)
            .Text("name", person.Name)
            .Text("unit", person.Unit)
            .Choice("level", person.Level)
            .Text("manager", person.Manager)
            .Text("email", person.Email)
            .WithExtensionsOf(person))
        .WithExtensionsOf(organization);

    private static YamlMappingNode Vision(Vision vision) => new NodeMap()
        .Text("statement", vision.Statement)
        .Text("purpose", vision.Purpose)
        .Date("horizon", vision.Horizon)
        .List("success", vision.Success, KeyResult)
        .WithExtensionsOf(vision);

    private static YamlMappingNode Value(ValueStatement value) => new NodeMap()
        .Text("name", value.Name)
        .Text("description", value.Description)
        .WithExtensionsOf(value);

    private static YamlMappingNode SwotItem(SwotItem item) => new NodeMap(MappingStyle.Flow)
        .Text("id", item.Id)
        .Choice<SwotKind>("kind", item.Kind)
        .Text("text", item.Text)
        .WithExtensionsOf(item);

    private static YamlMappingNode Goal(Goal goal) => new NodeMap()
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

    private static YamlMappingNode Objective(Objective objective) => new NodeMap()
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

    private static YamlMappingNode KeyResult(KeyResult keyResult) => new NodeMap()
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
        .List("checkins", keyResult.CheckIns, checkIn => new NodeMap(MappingStyle.Flow)
            .Date("date", checkIn.Date)
            .Number("value", checkIn.Value)
            .Number("confidence", checkIn.Confidence)
            .Text("by", checkIn.By)
            .Text("note", checkIn.Note)
            .WithExtensionsOf(checkIn))
        .WithExtensionsOf(keyResult);

    private static YamlSequenceNode Range(ValueRange range) =>
        new(YamlWriting.Plain(YamlScalars.FormatNumber(range.Low)), YamlWriting.Plain(YamlScalars.FormatNumber(range.High)))
        {
            Style = SequenceStyle.Flow,
        };
}
