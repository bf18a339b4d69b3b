using Spectre.Console;
using Throughline.Core.Model;

namespace Throughline.Cli.Output;

/// <summary>The few styles the CLI uses, so that every command colours severities the same way.</summary>
internal static class Palette
{
    public static readonly Style Error = new(Color.Red, decoration: Decoration.Bold);
    public static readonly Style Warning = new(Color.Yellow, decoration: Decoration.Bold);
    public static readonly Style Info = new(Color.Blue, decoration: Decoration.Bold);
    public static readonly Style Location = new(decoration: Decoration.Bold);
    public static readonly Style Rule = new(Color.Grey);
    public static readonly Style Quiet = new(decoration: Decoration.Dim);
    public static readonly Style Heading = new(decoration: Decoration.Bold);

    public static Style Of(Severity severity) => severity switch
    {
        Severity.Error => Error,
        Severity.Warning => Warning,
        _ => Info,
    };
}
