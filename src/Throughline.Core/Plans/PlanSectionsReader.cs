using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Reads the top level of a plan file: the version and each section, in the order the file has them. The
/// long lists (goals, objectives, initiatives, actions, …) are read one item at a time as the file streams by.
/// </summary>
internal static class PlanSectionsReader
{
    /// <summary>Reads the plan whose root node is the current event.</summary>
    public static Plan? Read(YamlEvents events, ReadContext context)
    {
        if (events.Current != YamlEvent.MappingStart)
        {
            var root = events.ReadNode();
            context.Error(root,
                $"A plan file must be a mapping of sections (throughline: 1, organization: …, goals: …), but this file holds {YamlScalars.Describe(root)}");
            return null;
        }

        var fields = ElementFields.Begin(context, context.At(events.Position), "the plan", PlanFieldNames.Plan);
        var plan = new Plan { SourcePath = context.FileName };
        var hasVersion = false;
        var hasOrganization = false;
        events.Enter();
        var watermark = events.Watermark;
        while (!events.AtCollectionEnd)
        {
            var key = events.ReadKey();
            switch (key.IsScalar ? key.Value : null)
            {
                case "organization" when events.Current == YamlEvent.MappingStart:
                    fields.AddStreamed(key, context.At(events.Position));
                    plan.Organization = OrganizationReader.Read(events, context);
                    hasOrganization = true;
                    break;
                case "values" or "swot" or "criteria" or "goals" or "objectives" or "initiatives" or "actions" when events.Current == YamlEvent.SequenceStart:
                    fields.AddStreamed(key, context.At(events.Position));
                    ReadSection(plan, key.Value, events, context);
                    break;
                default:
                    var field = fields.Add(key, events.ReadNode());
                    if (field >= 0)
                    {
                        var name = PlanFieldNames.Plan[field];
                        hasVersion |= name == "throughline";
                        hasOrganization |= name == "organization" && fields.Node(name) is not null;
                        ReadField(plan, name, fields);
                        fields.Forget(field);
                    }

                    break;
            }

            events.Release(watermark);
        }

        events.Exit();
        if (!hasVersion)
        {
            ReadVersion(fields, plan);
        }

        if (!hasOrganization)
        {
            context.Error(fields.Location, "The plan has no organization; add 'organization:' with at least a 'name:'");
        }

        return fields.Finish(plan);
    }

    private static void ReadField(Plan plan, string name, ElementFields fields)
    {
        var context = fields.Context;
        switch (name)
        {
            case "throughline":
                ReadVersion(fields, plan);
                break;
            case "organization":
                plan.Organization = fields.Node(name) is { } organization ? OrganizationReader.Read(new NodeEvents(organization), context) : plan.Organization;
                break;
            case "vision":
                plan.Vision = fields.Node(name) is { } vision ? VisionReader.ReadVision(vision, context) : null;
                break;
            case "rules":
                plan.Rules = fields.Node(name) is { } rules ? RuleSettingsReader.Read(rules, context) : [];
                break;
            default:
                // A list section that is not a list, or empty.
                if (fields.Node(name) is { } other)
                {
                    fields.ReportNotAList(name, name == "swot" ? "SWOT items" : name, other);
                }

                break;
        }
    }

    private static void ReadSection(Plan plan, string name, YamlEvents events, ReadContext context)
    {
        switch (name)
        {
            case "values":
                plan.Values = Stream(events, context, VisionReader.ReadValue);
                break;
            case "swot":
                plan.Swot = Stream(events, context, VisionReader.ReadSwotItem);
                break;
            case "criteria":
                plan.Criteria = Stream(events, context, CriteriaReader.ReadCriterion);
                break;
            case "goals":
                plan.Goals = Stream(events, context, GoalReader.Read);
                break;
            case "objectives":
                plan.Objectives = Stream(events, context, ObjectiveReader.Read);
                break;
            case "initiatives":
                plan.Initiatives = Stream(events, context, ExecutionReader.ReadInitiative);
                break;
            default:
                plan.Actions = Stream(events, context, ExecutionReader.ReadAction);
                break;
        }
    }

    /// <summary>Reads each item of the list at the current event, one at a time, skipping those that are not mappings (already reported).</summary>
    internal static List<T> Stream<T>(YamlEvents events, ReadContext context, Func<PlanNode, ReadContext, T?> read)
        where T : class
    {
        var items = new List<T>();
        foreach (var node in events.Items())
        {
            if (read(node, context) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>Reads each item of a list field, skipping items that are not mappings (already reported).</summary>
    internal static List<T> Items<T>(ElementFields fields, string key, string itemNoun, Func<PlanNode, ReadContext, T?> read)
        where T : class
    {
        var nodes = fields.List(key, itemNoun);
        var items = new List<T>(nodes.Count);
        foreach (var node in nodes)
        {
            if (read(node, fields.Context) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static void ReadVersion(ElementFields fields, Plan plan)
    {
        const string Hint = "this release reads version 1; put 'throughline: 1' at the top of the file";
        if (fields.Node("throughline") is not { IsScalar: true } version)
        {
            if (fields.Node("throughline") is { } other)
            {
                fields.Error("throughline", $"The format version must be the number 1, but is {YamlScalars.Describe(other)}; {Hint}");
            }
            else
            {
                fields.Context.Error(fields.Location, $"The file does not say its format version; {Hint}");
            }

            return;
        }

        if (!YamlScalars.TryParseNumber(version.Text, out var number) || number != Plan.CurrentVersion)
        {
            fields.Error("throughline",
                $"The file is written in format version '{version.Value}', but this release reads version {Plan.CurrentVersion} only; rewrite it for version 1 or use a Throughline release that reads version '{version.Value}'");
            return;
        }

        plan.Version = Plan.CurrentVersion;
    }
}
