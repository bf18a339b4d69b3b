namespace Throughline.Cli;

/// <summary>The exit codes of every command (docs/cli.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary><c>check</c> found something at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>Unreadable input, a usage error, or output that could not be written.</summary>
    public const int Failure = 2;

    /// <summary>A bug in Throughline: the details are printed for a bug report.</summary>
    public const int InternalError = 3;
}
