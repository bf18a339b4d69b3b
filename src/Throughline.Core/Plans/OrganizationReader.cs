using Throughline.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>Reads the organization section: its name, units and people.</summary>
internal static class OrganizationReader
{
    public static Organization Read(YamlNode node, ReadContext context)
    {
        var organization = new Organization();
        if (ElementFields.Open(context, node, "the organization", PlanFieldNames.Organization) is not { } fields)
        {
            return organization;
        }

        organization.Name = fields.RequiredText("name");
        organization.MaxInitiatives = fields.Integer("max_initiatives", minimum: 1);
        organization.Units = PlanSectionsReader.Items(fields, "units", "units", ReadUnit);
        organization.People = PlanSectionsReader.Items(fields, "people", "people", ReadPerson);
        return fields.Finish(organization);
    }

    public static Unit? ReadUnit(YamlNode node, ReadContext context)
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

    public static Person? ReadPerson(YamlNode node, ReadContext context)
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
