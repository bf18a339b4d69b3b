using System.CommandLine;
using Throughline.Web.Organizations;

namespace Throughline.Cli.Remote;

/// <summary>Where a server is and who the CLI is there: <c>--server</c>, <c>--org</c>, <c>--token</c> and their environment variables.</summary>
internal sealed class RemoteOptions
{
    public const string ServerVariable = "THROUGHLINE_SERVER";
    public const string TokenVariable = "THROUGHLINE_TOKEN";
    public const string DefaultServer = "http://localhost:5000";

    public Option<string?> Server { get; } = new("--server")
    {
        Description = $"The server's base URL. Default: {ServerVariable}, else {DefaultServer}.",
        HelpName = "URL",
    };

    public Option<string> Organization { get; } = new("--org")
    {
        Description = "The organization's slug, as in its URLs (for example calder).",
        HelpName = "SLUG",
        Required = true,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"A personal access token (tl_…). Default: {TokenVariable}, which keeps it out of the shell history.",
        HelpName = "TOKEN",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Server);
        command.Options.Add(Organization);
        command.Options.Add(Token);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Organization) is { } slug && !OrganizationSlug.IsValid(slug))
            {
                result.AddError($"--org: '{slug}' is not an organization slug; a slug is {OrganizationSlug.Rule}.");
            }

            if (result.GetValue(Server) is { } server && ParseServer(server) is null)
            {
                result.AddError($"--server: '{server}' is not a server URL; write it as http://host:port or https://host, for example {DefaultServer}.");
            }
        });
    }

    /// <summary>The connection the options and the environment describe, or null (with the reason printed) when something is missing.</summary>
    public ServerTarget? Target(ParseResult parse, CliContext context)
    {
        var serverText = parse.GetValue(Server) ?? NonEmpty(context.Variable(ServerVariable)) ?? DefaultServer;
        if (ParseServer(serverText) is not { } server)
        {
            context.Error.Error($"{ServerVariable}: '{serverText}' is not a server URL; write it as http://host:port or https://host.");
            return null;
        }

        var token = parse.GetValue(Token) ?? NonEmpty(context.Variable(TokenVariable));
        if (token is null)
        {
            context.Error.Error($"no access token: pass --token or set {TokenVariable}. Create a token with POST /api/account/tokens (docs/api.md) or in the settings.");
            return null;
        }

        token = token.Trim();
        if (!token.StartsWith(Web.Accounts.AccessTokens.Prefix, StringComparison.Ordinal))
        {
            context.Error.Error($"'{Abbreviate(token)}' is not a Throughline access token; tokens start with '{Web.Accounts.AccessTokens.Prefix}'.");
            return null;
        }

        if (server.Scheme == Uri.UriSchemeHttp && !server.IsLoopback)
        {
            context.Error.WriteLine($"warning: {server} is plain http, so the token travels unencrypted; use https for a server on another machine.", Output.Palette.Warning);
        }

        return new ServerTarget(server, parse.GetValue(Organization)!, token);
    }

    private static Uri? ParseServer(string text) =>
        Uri.TryCreate(text.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.Query)
            ? uri
            : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // A mistaken secret of another kind must not end up whole in a terminal's scrollback.
    private static string Abbreviate(string token) => token.Length <= 6 ? token : token[..6] + "…";
}

/// <summary>One organization on one server, and the token to reach it with.</summary>
internal sealed record ServerTarget(Uri Server, string Organization, string Token)
{
    /// <summary>The URL of a path under the organization (<c>plan</c>, <c>findings</c>, …).</summary>
    public Uri OrganizationUrl(string path) => new(Server, $"api/organizations/{Organization}/{path}");
}
