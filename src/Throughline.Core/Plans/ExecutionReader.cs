using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Reads the execution side: initiatives and actions.</summary>
internal static class ExecutionReader
{
    public static Initiative? ReadInitiative(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "initiative", PlanFieldNames.Initiative) is not { } fields)
        {
            return null;
        }

        var initiative = new Initiative
        {
            Id = fields.RequiredId(),
            Title = fields.RequiredText("title"),
            Description = fields.Text("description"),
            Supports = fields.Ids("supports"),
            Unit = fields.Text("unit"),
            Owner = fields.Text("owner"),
            Start = fields.Date("start"),
            End = fields.Date("end"),
            Effort = fields.Number("effort", NumberLimit.NonNegative),
            DependsOn = fields.Ids("depends_on"),
            Status = fields.Choice<InitiativeStatus>("status"),
            Stage = fields.Choice<ChangeStage>("stage"),
            Priority = fields.Integer("priority", minimum: 1),
            Urgent = fields.Boolean("urgent") ?? false,
            Scores = ScoresReader.Read(fields),
        };

        if (initiative is { Start: { } start, End: { } end } && end < start)
        {
            fields.Error("end",
                $"Initiative {initiative.Id} ends ({YamlScalars.FormatDate(end)}) before it starts ({YamlScalars.FormatDate(start)}); fix 'start' or 'end'");
        }

        return fields.Finish(initiative);
    }

    public static PlanAction? ReadAction(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "action", PlanFieldNames.Action) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new PlanAction
        {
            Id = fields.RequiredId(),
            Title = fields.RequiredText("title"),
            Initiative = fields.Text("initiative"),
            Supports = fields.Ids("supports"),
            Owner = fields.Text("owner"),
            Due = fields.Date("due"),
            Done = fields.Boolean("done") ?? false,
            Effort = fields.Number("effort", NumberLimit.NonNegative),
        });
    }
}
