using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Reads one objective with its contributions and key results.</summary>
internal static class ObjectiveReader
{
    public static Objective? Read(PlanNode node, ReadContext context)
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
            KeyResults = PlanSectionsReader.Items(fields, "key_results", "key results", KeyResultReader.ReadKeyResult),
        });
    }

    /// <summary>Entries are ids or <c>{id: G1, weight: 2}</c>; a single entry counts as a list of one.</summary>
    private static List<Contribution> ReadContributions(ElementFields fields)
    {
        var contributions = new List<Contribution>();
        switch (fields.Node("contributes_to"))
        {
            case null:
                break;
            case { IsSequence: true } sequence:
                foreach (var entry in sequence.Items)
                {
                    Add(ReadContribution(entry, fields));
                }

                break;
            case var single:
                Add(ReadContribution(single, fields));
                break;
        }

        return contributions;

        void Add(Contribution? contribution)
        {
            if (contribution is not null)
            {
                contributions.Add(contribution);
            }
        }
    }

    private static Contribution? ReadContribution(PlanNode entry, ElementFields owner)
    {
        var context = owner.Context;
        if (entry.IsScalar && entry.Text.Length > 0 && !YamlScalars.IsNull(entry))
        {
            var at = context.At(entry);
            return new Contribution { Id = context.Shared(entry), Location = at, FieldLocations = new() { ["id"] = at } };
        }

        if (!entry.IsMapping)
        {
            context.Error(entry,
                $"Each entry of 'contributes_to' of {owner.Subject} must be a goal or objective id, or {{id: G1, weight: 2}}, but this one is {YamlScalars.Describe(entry)}");
            return null;
        }

        var fields = ElementFields.Open(context, entry, "contribution of", PlanFieldNames.Contribution, namedById: false, owner)!;
        return fields.Finish(new Contribution
        {
            Id = fields.RequiredText("id", "add 'id: …' naming the goal or objective it contributes to"),
            Weight = fields.Number("weight", NumberLimit.Positive),
        });
    }
}
