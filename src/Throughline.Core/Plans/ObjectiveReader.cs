using Throughline.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>Reads one objective with its contributions and key results.</summary>
internal static class ObjectiveReader
{
    public static Objective? Read(YamlNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "objective", PlanFieldNames.Objective) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new Objective
        {
            Id = fields.RequiredId(),
            Title = fields.RequiredText("title"),
            Description = fields.Text("description"),
            ContributesTo = ReadContributions(fields),
            Owner = fields.Text("owner"),
            Unit = fields.Text("unit"),
            Start = fields.Date("start"),
            Due = fields.Date("due"),
            Priority = fields.Integer("priority", minimum: 1),
            Urgent = fields.Boolean("urgent") ?? false,
            KeyResults = PlanSectionsReader.Items(fields, "key_results", "key results",
                (item, itemContext) => KeyResultReader.Read(item, itemContext, "key result")),
        });
    }

    /// <summary>Entries are ids or <c>{id: G1, weight: 2}</c>; a single entry counts as a list of one.</summary>
    private static List<Contribution> ReadContributions(ElementFields fields)
    {
        var entries = fields.Node("contributes_to") switch
        {
            null => [],
            YamlSequenceNode sequence => sequence.Children,
            var single => [single],
        };

        var contributions = new List<Contribution>();
        foreach (var entry in entries)
        {
            if (ReadContribution(entry, fields) is { } contribution)
            {
                contributions.Add(contribution);
            }
        }

        return contributions;
    }

    private static Contribution? ReadContribution(YamlNode entry, ElementFields owner)
    {
        var context = owner.Context;
        if (entry is YamlScalarNode { Value: { Length: > 0 } id } && !YamlScalars.IsNull(entry))
        {
            var at = context.At(entry);
            return new Contribution { Id = id, Location = at, FieldLocations = new() { ["id"] = at } };
        }

        if (entry is not YamlMappingNode)
        {
            context.Error(entry,
                $"Each entry of 'contributes_to' of {owner.Subject} must be a goal or objective id, or {{id: G1, weight: 2}}, but this one is {YamlScalars.Describe(entry)}");
            return null;
        }

        var fields = ElementFields.Open(context, entry, $"contribution of {owner.Subject}", PlanFieldNames.Contribution, namedById: false)!;
        return fields.Finish(new Contribution
        {
            Id = fields.RequiredText("id", "add 'id: …' naming the goal or objective it contributes to"),
            Weight = fields.Number("weight", NumberLimit.Positive),
        });
    }
}
