using Throughline.Core.Model;

namespace Throughline.Core.Findings;

/// <summary>The lowercase names of severities used in every output format and on the command line.</summary>
public static class SeverityNames
{
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>SARIF calls an info a <c>note</c>.</summary>
    public static string SarifLevel(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
