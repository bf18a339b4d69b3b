namespace Throughline.Web.Tests.Authorization;

/// <summary>Who asks: nobody, a member of another organization only, or a member of the organization with a role.</summary>
internal enum Caller
{
    Anonymous,
    Foreign,
    Owner,
    Admin,
    Leader,
    Manager,
    Member,
    Viewer,
}

internal static class Callers
{
    /// <summary>The caller's name in messages, slugs and e-mail addresses; for a role, the role's name.</summary>
    public static string Name(this Caller caller) => caller.ToString().ToLowerInvariant();
}

/// <summary>
/// One request of the authorization matrix and the status each caller must get. The path and body are
/// templates: {org} is /api/organizations/{slug} of the caller's organization, {caller} the caller's name,
/// {token} the id of a spare access token of the caller, {me} the caller's user id, and {change}, {promote}, {demote}, {remove},
/// {unseat} the user ids of the spare members every organization has for the member endpoints.
/// </summary>
internal sealed record Endpoint(
    string Method, string Path, string? Body, int Anonymous, int Foreign, int Owner, int Admin, int Leader, int Manager, int Member, int Viewer)
{
    public const string Json = "application/json";

    public string MediaType { get; init; } = Json;

    /// <summary>Runs in an organization set up for this request alone, because the request takes away what others need.</summary>
    public bool InFreshOrganization { get; init; }

    public int Expected(Caller caller) => caller switch
    {
        Caller.Anonymous => Anonymous,
        Caller.Foreign => Foreign,
        Caller.Owner => Owner,
        Caller.Admin => Admin,
        Caller.Leader => Leader,
        Caller.Manager => Manager,
        Caller.Member => Member,
        Caller.Viewer => Viewer,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    // Rows of one endpoint differ by their body: the message shows its start.
    public override string ToString() =>
        Body is null || MediaType != Json ? $"{Method} {Path}" : $"{Method} {Path} {(Body.Length <= 60 ? Body : Body[..60] + "…")}";
}
