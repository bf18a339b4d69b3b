using System.Text.Json;
using Throughline.Core.Analysis;
using Throughline.Core.Rules;

namespace Throughline.Core.Findings;

/// <summary>
/// Findings as a SARIF 2.1.0 log, the format code-scanning views (GitHub, Azure DevOps, IDEs) read.
/// Written by hand with System.Text.Json: the dozen properties those views use (ADR 0003).
/// </summary>
public static class SarifLog
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string Version = "2.1.0";
    public const string ToolName = "throughline";

    /// <summary>
    /// One run with every rule of the catalog (so that <c>ruleIndex</c> is stable across plans) and the
    /// findings of all plans. Each plan's <see cref="AnalyzedPlan.Path"/> becomes the artifact URI.
    /// </summary>
    public static string Write(IReadOnlyList<AnalyzedPlan> plans, string? toolVersion = null)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", Schema);
            writer.WriteString("version", Version);
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, toolVersion);
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            foreach (var plan in plans)
            {
                var uri = plan.Path.Replace('\\', '/');
                foreach (var finding in plan.Result.Findings)
                {
                    WriteResult(writer, finding, uri);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter writer, string? toolVersion)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolName);
        if (toolVersion is not null)
        {
            writer.WriteString("version", toolVersion);
        }

        writer.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", rule.Summary);
        writer.WriteEndObject();

        // Code-scanning views show the rule's help next to each alert. Throughline is self-hosted and has
        // no public page to link to, so the rule's documentation travels inside the log.
        if (RuleDocs.Find(rule.Id) is { } page)
        {
            writer.WriteStartObject("help");
            writer.WriteString("text", rule.Summary);
            writer.WriteString("markdown", page);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", rule.DefaultSeverity.SarifLevel());
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteStartArray("tags");
        writer.WriteStringValue(rule.Family);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, string uri)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        var index = RuleIndex(finding.RuleId);
        if (index >= 0)
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", finding.Severity.SarifLevel());
        writer.WriteStartObject("message");
        writer.WriteString("text", $"{finding.Message} Suggestion: {finding.Suggestion}");
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        writer.WriteEndObject();
        if (finding.Location is { } at)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", at.Line);
            writer.WriteNumber("startColumn", at.Column);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteString("subjectKind", FindingsJson.KindName(finding.SubjectKind));
        writer.WriteString("subjectId", finding.SubjectId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static int RuleIndex(string ruleId)
    {
        var rules = RuleCatalog.All;
        for (var i = 0; i < rules.Count; i++)
        {
            if (string.Equals(rules[i].Id, ruleId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
