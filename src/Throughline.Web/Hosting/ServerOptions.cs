namespace Throughline.Web.Hosting;

/// <summary>How the CLI or a test starts the server; anything not set here comes from configuration (docs/configuration.md).</summary>
public sealed class ServerOptions
{
    /// <summary>Command-line arguments, read as configuration (<c>--urls</c>, <c>--Storage:SqlitePath=…</c>).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Settings that override every other source, by configuration key.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Create and migrate the SQLite file when it does not exist yet. An existing file with pending
    /// migrations is refused all the same: migrating it is a decision for whoever runs the server.
    /// </summary>
    public bool MigrateNewSqliteFile { get; init; } = true;
}
