using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Reads the organization section: its name, units and people.</summary>
internal static class OrganizationReader
{
    /// <summary>Reads the organization whose node is the current event; its units and people one at a time.</summary>
    public static Organization Read(YamlEvents events, ReadContext context)
    {
        var organization = new Organization();
        if (events.Current != YamlEvent.MappingStart)
        {
            // Reports that the organization is not a mapping.
            ElementFields.Open(context, events.ReadNode(), "the organization", PlanFieldNames.Organization);
            return organization;
        }

        var fields = ElementFields.Begin(context, context.At(events.Position), "the organization", PlanFieldNames.Organization);
        var hasName = false;
        events.Enter();
        var watermark = events.Watermark;
        while (!events.AtCollectionEnd)
        {
            var key = events.ReadKey();
            switch (key.IsScalar ? key.Value : null)
            {
                case "units" when events.Current == YamlEvent.SequenceStart:
                    fields.AddStreamed(key, context.At(events.Position));
                    organization.Units = PlanSectionsReader.Stream(events, context, ReadUnit);
                    break;
                case "people" when events.Current == YamlEvent.SequenceStart:
                    fields.AddStreamed(key, context.At(events.Position));
                    organization.People = PlanSectionsReader.Stream(events, context, ReadPerson);
                    break;
                default:
                    var field = fields.Add(key, events.ReadNode());
                    switch (field >= 0 ? PlanFieldNames.Organization[field] : null)
                    {
                        case "name":
                            organization.Name = fields.RequiredText("name");
                            hasName = true;
                            break;
                        case "max_initiatives":
                            organization.MaxInitiatives = fields.Integer("max_initiatives", minimum: 1);
                            break;
                        case var list and ("units" or "people") when fields.Node(list) is { } other:
                            fields.ReportNotAList(list, list, other);
                            break;
                    }

                    if (field >= 0)
                    {
                        fields.Forget(field);
                    }

                    break;
            }

            events.Release(watermark);
        }

        events.Exit();
        if (!hasName)
        {
            organization.Name = fields.RequiredText("name");
        }

        return fields.Finish(organization);
    }

    public static Unit? ReadUnit(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "unit", PlanFieldNames.Unit) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new Unit
        {
            Id = fields.RequiredId(),
            Name = fields.RequiredText("name"),
            Parent = fields.Text("parent"),
            Capacity = fields.Number("capacity", NumberLimit.NonNegative),
            MaxInitiatives = fields.Integer("max_initiatives", minimum: 0),
            Members = fields.Ids("members"),
        });
    }

    public static Person? ReadPerson(PlanNode node, ReadContext context)
    {
        if (ElementFields.Open(context, node, "person", PlanFieldNames.Person) is not { } fields)
        {
            return null;
        }

        return fields.Finish(new Person
        {
            Id = fields.RequiredId(),
            Name = fields.Text("name") ?? "",
            Unit = fields.Text("unit"),
            Level = fields.Choice<PersonLevel>("level"),
            Manager = fields.Text("manager"),
            Email = fields.Text("email"),
        });
    }
}
