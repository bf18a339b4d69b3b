using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Generation;

/// <summary>
/// Streams a generated plan as plan-file text in exactly <see cref="PlanWriter"/>'s layout (same field order,
/// same defaults left out, check-ins in flow style, a blank line before each top-level section), without ever
/// holding the plan: a 100,000-person organization has five million check-ins, far too many for a model plus a
/// YAML node tree. Each section's header is written when its first element arrives, so empty sections are left
/// out as <see cref="PlanWriter"/> leaves them out. The generator sets no <c>x-</c> fields, so none are written.
/// </summary>
internal sealed partial class YamlPlanSink(TextWriter writer) : IPlanSink
{
    private readonly YamlOut yaml = new(writer);
    private Section section;
    private bool unitsStarted;
    private bool peopleStarted;
    private bool successStarted;
    private bool keyResultsStarted;
    private bool checkInsStarted;

    // The list item being written: the indentation of its dash, and whether its first field (after the dash) is still to come.
    private int itemIndent;
    private bool firstField;

    // Where the key results of the current objective or vision are indented.
    private int keyResultIndent;

    private enum Section { None, Organization, Vision, Values, Swot, Criteria, Goals, Objectives, Initiatives, Actions }

    public void Organization(string name, int? maxInitiatives)
    {
        yaml.Write("throughline: ");
        yaml.Number(Plan.CurrentVersion);
        yaml.NewLine();
        Enter(Section.Organization, "organization");
        Fields(2);
        Text("name", name);
        Integer("max_initiatives", maxInitiatives);
    }

    public void Unit(Unit unit)
    {
        StartList(ref unitsStarted, 2, "units");
        Item(4);
        Text("id", unit.Id);
        Text("name", unit.Name);
        Text("parent", unit.Parent);
        Number("capacity", unit.Capacity);
        Integer("max_initiatives", unit.MaxInitiatives);
        Ids("members", unit.Members);
    }

    public void Person(Person person)
    {
        StartList(ref peopleStarted, 2, "people");
        Item(4);
        Text("id", person.Id);
        Text("name", person.Name);
        Text("unit", person.Unit);
        Choice("level", person.Level);
        Text("manager", person.Manager);
        Text("email", person.Email);
    }

    public void Vision(Vision vision)
    {
        Enter(Section.Vision, "vision");
        Fields(2);
        Text("statement", vision.Statement);
        Text("purpose", vision.Purpose);
        Date("horizon", vision.Horizon);
        keyResultIndent = 4;
    }

    public void Value(ValueStatement value)
    {
        Enter(Section.Values, "values");
        Item(2);
        Text("name", value.Name);
        Text("description", value.Description);
    }

    public void Swot(SwotItem item)
    {
        Enter(Section.Swot, "swot");
        yaml.Indent(2);
        yaml.Write("- {id: ");
        yaml.Text(item.Id, inFlow: true);
        yaml.Write(", kind: ");
        yaml.Write(EnumText<SwotKind>.Format(item.Kind));
        yaml.Write(", text: ");
        yaml.Text(item.Text, inFlow: true);
        yaml.Write('}');
        yaml.NewLine();
    }

    public void Criterion(DecisionCriterion criterion)
    {
        Enter(Section.Criteria, "criteria");
        yaml.Indent(2);
        yaml.Write("- {id: ");
        yaml.Text(criterion.Id, inFlow: true);
        if (!string.IsNullOrEmpty(criterion.Name))
        {
            yaml.Write(", name: ");
            yaml.Text(criterion.Name, inFlow: true);
        }

        if (criterion.Weight != 1.0)
        {
            yaml.Write(", weight: ");
            yaml.Number(criterion.Weight);
        }

        if (criterion.Better == CriterionPreference.Lower)
        {
            yaml.Write(", better: lower");
        }

        yaml.Write('}');
        yaml.NewLine();
    }

    public void Goal(Goal goal)
    {
        Enter(Section.Goals, "goals");
        Item(2);
        Text("id", goal.Id);
        Text("title", goal.Title);
        Text("description", goal.Description);
        Text("area", goal.Area);
        Text("owner", goal.Owner);
        Date("horizon", goal.Horizon);
        Integer("priority", goal.Priority);
        Number("weight", goal.Weight);
        Ids("swot", goal.Swot);
        Flag("urgent", goal.Urgent);
        if (goal.CrossCutting is { } crossCutting)
        {
            Field("cross_cutting");
            yaml.Write(crossCutting ? "true" : "false");
            yaml.NewLine();
        }
    }

    public void Objective(Objective objective)
    {
        Enter(Section.Objectives, "objectives");
        Item(2);
        Text("id", objective.Id);
        Text("title", objective.Title);
        Text("description", objective.Description);
        Contributions(objective.ContributesTo);
        Text("owner", objective.Owner);
        Text("unit", objective.Unit);
        Date("start", objective.Start);
        Date("due", objective.Due);
        Integer("priority", objective.Priority);
        Flag("urgent", objective.Urgent);
        keyResultsStarted = false;
        keyResultIndent = 6;
    }

    public void KeyResult(KeyResult keyResult)
    {
        if (section == Section.Vision)
        {
            StartList(ref successStarted, 2, "success");
        }
        else
        {
            StartList(ref keyResultsStarted, 4, "key_results");
        }

        Item(keyResultIndent);
        Text("id", keyResult.Id);
        Text("title", keyResult.Title);
        Number("baseline", keyResult.Baseline);
        Number("target", keyResult.Target);
        Text("unit", keyResult.Unit);
        Choice("direction", keyResult.Direction);
        if (keyResult.Range is { } range)
        {
            Field("range");
            yaml.Write('[');
            yaml.Number(range.Low);
            yaml.Write(", ");
            yaml.Number(range.High);
            yaml.Write(']');
            yaml.NewLine();
        }

        Number("weight", keyResult.Weight);
        Choice("cadence", keyResult.Cadence);
        Text("owner", keyResult.Owner);
        Text("metric", keyResult.Metric?.Trim());
        checkInsStarted = false;
    }

    public void CheckIn(DateOnly date, double value, double? confidence, string? note)
    {
        StartList(ref checkInsStarted, keyResultIndent + 2, "checkins");
        yaml.Indent(keyResultIndent + 4);
        yaml.Write("- {date: ");
        yaml.Date(date);
        yaml.Write(", value: ");
        yaml.Number(value);
        if (confidence is { } sure)
        {
            yaml.Write(", confidence: ");
            yaml.Number(sure);
        }

        if (!string.IsNullOrEmpty(note))
        {
            yaml.Write(", note: ");
            yaml.Text(note, inFlow: true);
        }

        yaml.Write('}');
        yaml.NewLine();
    }

    public void Initiative(Initiative initiative)
    {
        Enter(Section.Initiatives, "initiatives");
        Item(2);
        Text("id", initiative.Id);
        Text("title", initiative.Title);
        Text("description", initiative.Description);
        Ids("supports", initiative.Supports);
        Text("unit", initiative.Unit);
        Text("owner", initiative.Owner);
        Date("start", initiative.Start);
        Date("end", initiative.End);
        Number("effort", initiative.Effort);
        Ids("depends_on", initiative.DependsOn);
        Choice("status", initiative.Status);
        Choice("stage", initiative.Stage);
        Integer("priority", initiative.Priority);
        Flag("urgent", initiative.Urgent);
        Scores(initiative.Scores);
    }

    public void Action(PlanAction action)
    {
        Enter(Section.Actions, "actions");
        Item(2);
        Text("id", action.Id);
        Text("title", action.Title);
        Text("initiative", action.Initiative);
        Ids("supports", action.Supports);
        Text("owner", action.Owner);
        Date("due", action.Due);
        Flag("done", action.Done);
        Number("effort", action.Effort);
    }

    public void Finish()
    {
        yaml.Flush();
        writer.Flush();
    }
}
