namespace Throughline.Core.Plans;

/// <summary>
/// The fields each element of a plan file may have, in the order the writer emits them: the order of
/// PLAN-FORMAT.md, with the fields the project added after the contract's neighbours.
/// </summary>
internal static class PlanFieldNames
{
    public static readonly string[] Plan =
    [
        "throughline", "organization", "vision", "values", "swot", "criteria", "goals", "objectives", "initiatives", "actions", "rules",
    ];

    public static readonly string[] Organization = ["name", "max_initiatives", "units", "people"];
    public static readonly string[] Unit = ["id", "name", "parent", "capacity", "max_initiatives", "members"];
    public static readonly string[] Person = ["id", "name", "unit", "level", "manager", "email"];
    public static readonly string[] Vision = ["statement", "purpose", "horizon", "success"];
    public static readonly string[] Value = ["name", "description"];
    public static readonly string[] Swot = ["id", "kind", "text"];

    public static readonly string[] Goal =
        ["id", "title", "description", "area", "owner", "horizon", "priority", "weight", "swot", "urgent", "cross_cutting"];

    public static readonly string[] Objective =
        ["id", "title", "description", "contributes_to", "owner", "unit", "start", "due", "priority", "urgent", "key_results"];

    public static readonly string[] Contribution = ["id", "weight"];

    public static readonly string[] KeyResult =
        ["id", "title", "baseline", "target", "unit", "direction", "range", "weight", "cadence", "owner", "metric", "checkins"];

    public static readonly string[] CheckIn = ["date", "value", "confidence", "by", "note"];

    public static readonly string[] Initiative =
    [
        "id", "title", "description", "supports", "unit", "owner", "start", "end", "effort", "depends_on", "status", "stage",
        "priority", "urgent", "scores",
    ];

    public static readonly string[] Criterion = ["id", "name", "weight", "better"];

    public static readonly string[] Action = ["id", "title", "initiative", "supports", "owner", "due", "done", "effort"];

    public const string Severity = "severity";

    /// <summary>Every field name of every element, and <see cref="Severity"/>.</summary>
    public static IEnumerable<string> All =>
        [.. Plan, .. Organization, .. Unit, .. Person, .. Vision, .. Value, .. Swot, .. Goal, .. Objective, .. Contribution,
            .. KeyResult, .. CheckIn, .. Initiative, .. Criterion, .. Action, Severity];

    public const string ExtensionPrefix = "x-";

    public static bool IsExtension(string key) => key.StartsWith(ExtensionPrefix, StringComparison.Ordinal);
}
