using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Reads the strategic frame: the vision with its success measures, the values and the SWOT items.</summary>
internal static class VisionReader
{
    public static Vision? ReadVision(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "the vision", PlanFieldNames.Vision) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new Vision
        {
            Statement = fields.Text("statement") ?? "",
            Purpose = fields.Text("purpose"),
            Horizon = fields.Date("horizon"),
            Success = PlanSectionsReader.Items(fields, "success", "success measures", KeyResultReader.ReadSuccessMeasure),
        });
    }

    public static ValueStatement? ReadValue(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "value", PlanFieldNames.Value) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new ValueStatement
        {
            Name = fields.Text("name") ?? "",
            Description = fields.Text("description"),
        });
    }

    public static SwotItem? ReadSwotItem(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "SWOT item", PlanFieldNames.Swot) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new SwotItem
        {
            Id = fields.RequiredId(),
            Kind = fields.RequiredChoice<SwotKind>("kind") ?? SwotKind.Strength,
            Text = fields.Text("text") ?? "",
        });
    }
}
