using System.Text;
using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Writes plans as plan files (PLAN-FORMAT.md, version 1): fields in the contract's order, empty and default
/// fields left out, <c>x-</c> fields written back. Reading the result gives an equal plan.
/// </summary>
public static class PlanWriter
{
    public static string Write(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);

        var root = new NodeMap()
            .Number("throughline", Plan.CurrentVersion)
            .Add("organization", StrategyNodes.Organization(plan.Organization))
            .Add("vision", plan.Vision is null ? null : StrategyNodes.Vision(plan.Vision))
            .List("values", plan.Values, StrategyNodes.Value)
            .List("swot", plan.Swot, StrategyNodes.SwotItem)
            .List("criteria", plan.Criteria, ExecutionNodes.Criterion)
            .List("goals", plan.Goals, StrategyNodes.Goal)
            .List("objectives", plan.Objectives, StrategyNodes.Objective)
            .List("initiatives", plan.Initiatives, ExecutionNodes.Initiative)
            .List("actions", plan.Actions, ExecutionNodes.Action)
            .Add("rules", plan.Rules.Count == 0 ? null : ExecutionNodes.Rules(plan.Rules))
            .WithExtensionsOf(plan);
        return SeparateSections(YamlWriting.Emit(root));
    }

    public static void WriteFile(Plan plan, string path) =>
        File.WriteAllText(path, Write(plan), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    // A blank line before each top-level section, for the reader's eye. Only section keys start a line at
    // column 0: values of top-level keys are always indented or on the key's line.
    private static string SeparateSections(string yaml)
    {
        var lines = yaml.Split('\n');
        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]))
            {
                text.Append('\n');
            }

            text.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
