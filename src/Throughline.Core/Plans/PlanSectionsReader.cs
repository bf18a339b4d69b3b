using Throughline.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.Plans;

/// <summary>Reads the top level of a plan file: the version and each section.</summary>
internal static class PlanSectionsReader
{
    public static Plan? Read(YamlNode root, ReadContext context)
    {
        if (root is not YamlMappingNode)
        {
            context.Error(root,
                $"A plan file must be a mapping of sections (throughline: 1, organization: …, goals: …), but this file holds {YamlScalars.Describe(root)}");
            return null;
        }

        var fields = ElementFields.Open(context, root, "the plan", PlanFieldNames.Plan)!;
        var plan = new Plan { SourcePath = context.FileName };
        ReadVersion(fields, plan);

        if (fields.Node("organization") is { } organization)
        {
            plan.Organization = OrganizationReader.Read(organization, context);
        }
        else
        {
            context.Error(fields.Location, "The plan has no organization; add 'organization:' with at least a 'name:'");
        }

        plan.Vision = fields.Node("vision") is { } vision ? VisionReader.ReadVision(vision, context) : null;
        plan.Values = Items(fields, "values", "values", VisionReader.ReadValue);
        plan.Swot = Items(fields, "swot", "SWOT items", VisionReader.ReadSwotItem);
        plan.Criteria = Items(fields, "criteria", "criteria", CriteriaReader.ReadCriterion);
        plan.Goals = Items(fields, "goals", "goals", GoalReader.Read);
        plan.Objectives = Items(fields, "objectives", "objectives", ObjectiveReader.Read);
        plan.Initiatives = Items(fields, "initiatives", "initiatives", ExecutionReader.ReadInitiative);
        plan.Actions = Items(fields, "actions", "actions", ExecutionReader.ReadAction);
        plan.Rules = fields.Node("rules") is { } rules ? RuleSettingsReader.Read(rules, context) : [];
        return fields.Finish(plan);
    }

    /// <summary>Reads each item of a list field, skipping items that are not mappings (already reported).</summary>
    internal static List<T> Items<T>(ElementFields fields, string key, string itemNoun, Func<YamlNode, ReadContext, T?> read)
        where T : class =>
        [.. fields.List(key, itemNoun).Select(item => read(item, fields.Context)).OfType<T>()];

    private static void ReadVersion(ElementFields fields, Plan plan)
    {
        const string Hint = "this release reads version 1; put 'throughline: 1' at the top of the file";
        if (fields.Node("throughline") is not YamlScalarNode version)
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

        if (!YamlScalars.TryParseNumber(version.Value!, out var number) || number != Plan.CurrentVersion)
        {
            fields.Error("throughline",
                $"The file is written in format version '{version.Value}', but this release reads version {Plan.CurrentVersion} only; rewrite it for version 1 or use a Throughline release that reads version '{version.Value}'");
            return;
        }

        plan.Version = Plan.CurrentVersion;
    }
}
