using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Reads one long-term strategic goal.</summary>
internal static class GoalReader
{
    public static Goal? Read(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "goal", PlanFieldNames.Goal) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new Goal
        {
            Id = fields.RequiredId(),
            Title = fields.RequiredText("title"),
            Description = fields.Text("description"),
            Area = fields.Text("area"),
            Owner = fields.Text("owner"),
            Horizon = fields.Date("horizon"),
            Priority = fields.Integer("priority", minimum: 1),
            Weight = fields.Number("weight", NumberLimit.Positive),
            Swot = fields.Ids("swot"),
            Urgent = fields.Boolean("urgent") ?? false,
            CrossCutting = fields.Boolean("cross_cutting"),
        });
    }
}
