using System.Globalization;
using System.Text.Json;
using Throughline.Core.Analysis;

namespace Throughline.Core.Findings;

/// <summary>
/// The JSON output of <c>throughline check</c> (shape documented in docs/cli.md). Property names are
/// camelCase and never change meaning; new properties may be added.
/// </summary>
public static class FindingsJson
{
    /// <summary>The version of the document's shape, written as <c>version</c>.</summary>
    public const int ShapeVersion = 1;

    /// <summary>The document for one or more plans: <c>{ version, plans: [...], summary }</c>.</summary>
    public static string Write(IReadOnlyList<AnalyzedPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", ShapeVersion);
            writer.WriteStartArray("plans");
            foreach (var plan in plans)
            {
                WritePlan(writer, plan);
            }

            writer.WriteEndArray();
            var total = plans.Aggregate(default(FindingCounts), (sum, plan) => sum + FindingCounts.Of(plan.Result.Findings));
            writer.WritePropertyName("summary");
            WriteCounts(writer, total, plans.Count);
            writer.WriteEndObject();
        });
    }

    /// <summary>One plan: <c>{ plan, organization, asOf, summary, scores, findings: [...] }</c>.</summary>
    public static void WritePlan(Utf8JsonWriter writer, AnalyzedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(plan);
        var result = plan.Result;
        writer.WriteStartObject();
        writer.WriteString("plan", plan.Path);
        writer.WriteString("organization", result.Plan.Organization.Name);
        writer.WriteString("asOf", result.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WritePropertyName("summary");
        WriteCounts(writer, FindingCounts.Of(result.Findings), plans: null);
        writer.WritePropertyName("scores");
        WriteScores(writer, result.Scores);
        writer.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteFinding(writer, finding, plan.Path);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding, string planPath)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.RuleId);
        writer.WriteString("severity", finding.Severity.Name());
        writer.WriteStartObject("subject");
        writer.WriteString("kind", KindName(finding.SubjectKind));
        writer.WriteString("id", finding.SubjectId);
        writer.WriteEndObject();
        writer.WriteString("message", finding.Message);
        writer.WriteString("suggestion", finding.Suggestion);
        writer.WriteString("file", finding.Location?.File ?? planPath);
        if (finding.Location is { } at)
        {
            writer.WriteNumber("line", at.Line);
            writer.WriteNumber("column", at.Column);
        }
        else
        {
            writer.WriteNull("line");
            writer.WriteNull("column");
        }

        writer.WriteEndObject();
    }

    private static void WriteScores(Utf8JsonWriter writer, Scores scores)
    {
        writer.WriteStartObject();
        WriteShare(writer, "lineOfSightCoverage", scores.LineOfSightCoverage);
        WriteShare(writer, "executionCoverage", scores.ExecutionCoverage);
        writer.WriteNumber("overallProgress", scores.OverallProgress);
        writer.WriteStartObject("findingsByFamily");
        foreach (var (family, count) in scores.FindingsByFamily.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(family, count);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteShare(Utf8JsonWriter writer, string name, double? share)
    {
        if (share is { } value)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteCounts(Utf8JsonWriter writer, FindingCounts counts, int? plans)
    {
        writer.WriteStartObject();
        if (plans is { } count)
        {
            writer.WriteNumber("plans", count);
        }

        writer.WriteNumber("errors", counts.Errors);
        writer.WriteNumber("warnings", counts.Warnings);
        writer.WriteNumber("infos", counts.Infos);
        writer.WriteEndObject();
    }

    /// <summary>The kebab-case name of an element kind: <c>goal</c>, <c>key-result</c>, …</summary>
    public static string KindName(ElementKind kind) => kind switch
    {
        ElementKind.KeyResult => "key-result",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
