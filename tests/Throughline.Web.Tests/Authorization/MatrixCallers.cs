using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Authorization;

/// <summary>
/// The callers of the matrix with a client each, the organizations they are asked about (each holding
/// <see cref="MatrixPlan"/>), and the ids that <see cref="Endpoint"/> templates name.
/// </summary>
internal sealed class MatrixCallers<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    // Members every organization has for the member endpoints to change and remove, and their roles.
    private static readonly (string Name, string Role)[] Spares =
        [("change", "viewer"), ("promote", "viewer"), ("remove", "viewer"), ("demote", "owner"), ("unseat", "owner")];

    private static readonly Dictionary<Caller, string> Persons = new()
    {
        [Caller.Owner] = "olga",
        [Caller.Admin] = "ada",
        [Caller.Leader] = "lea",
        [Caller.Manager] = "mona",
        [Caller.Member] = "max",
        [Caller.Viewer] = "vic",
    };

    // The users the member endpoints add: their accounts must exist first.
    private static readonly string[] Joiners = ["joiner@matrix.test", "new-owner@matrix.test"];

    // Pia, a member of every organization, who acknowledges message 1 there so that its restatement can be reviewed.
    private const string PiaEmail = "pia@spare.matrix.test";

    private readonly ThroughlineApp<TDatabase> app;
    private HttpClient pia = null!;
    private readonly Dictionary<string, string> spareIds = new(StringComparer.Ordinal);

    private MatrixCallers(ThroughlineApp<TDatabase> app) => this.app = app;

    public Dictionary<Caller, HttpClient> Clients { get; } = [];

    /// <summary>The organization each caller is asked about: one where it has its role (or, foreign and anonymous, none).</summary>
    public Dictionary<Caller, string> Slugs { get; } = [];

    private Dictionary<Caller, string> Tokens { get; } = [];

    private Dictionary<Caller, string> UserIds { get; } = [];

    /// <summary>Every caller with a client, and an organization of its own for each caller of <paramref name="organizationsFor"/> (all when none).</summary>
    public static async Task<MatrixCallers<TDatabase>> CreateAsync(ThroughlineApp<TDatabase> app, string prefix = "matrix", params Caller[] organizationsFor)
    {
        var callers = new MatrixCallers<TDatabase>(app);
        await callers.SignUpAsync();
        foreach (var caller in organizationsFor.Length > 0 ? organizationsFor : Enum.GetValues<Caller>())
        {
            callers.Slugs[caller] = await callers.OrganizationAsync($"{prefix}-{caller.Name()}", caller, spareMembers: true);
        }

        return callers;
    }

    /// <summary>
    /// A new organization with the plan, whose owner (the app's client) is Olga. The caller, when it has a
    /// role, joins as that role and person; foreign and anonymous callers do not join.
    /// </summary>
    public async Task<string> OrganizationAsync(string slug, Caller caller, bool spareMembers)
    {
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, MatrixPlan.Yaml);
        var members = $"/api/organizations/{slug}/members";
        await Http.Expect(await app.Client.PutAsJsonAsync($"{members}/{UserIds[Caller.Owner]}", new { role = "owner", person = Persons[Caller.Owner] }), HttpStatusCode.OK);
        foreach (var (name, role) in spareMembers ? Spares : [])
        {
            await Http.Expect(await app.Client.PostAsJsonAsync(members, new { email = SpareEmail(name), role }), HttpStatusCode.Created);
        }

        if (caller is not (Caller.Owner or Caller.Foreign or Caller.Anonymous))
        {
            await Http.Expect(await app.Client.PostAsJsonAsync(members, new { email = Email(caller), role = caller.Name(), person = Persons[caller] }), HttpStatusCode.Created);
        }

        await Http.Expect(await app.Client.PostAsJsonAsync(members, new { email = PiaEmail, role = "member", person = "pia" }), HttpStatusCode.Created);
        var messages = $"/api/organizations/{slug}/messages";
        await Http.Expect(
            await app.Client.PostAsJsonAsync(messages, new { title = "Serve every customer well", why = "Customers leave after a bad call", whatChanges = "Calls come first", goals = new[] { "G1" } }),
            HttpStatusCode.Created);
        await Http.Expect(await app.Client.PostAsync(new Uri($"{messages}/1/talking-points/ops/frontline/release", UriKind.Relative), null), HttpStatusCode.OK);
        await Http.Expect(await pia.PostAsJsonAsync($"{messages}/1/acknowledge", new { restatement = "Calls come first, because customers leave after a bad one." }), HttpStatusCode.OK);
        return slug;
    }

    /// <summary>The template with the caller's organization and the ids it names filled in.</summary>
    [return: NotNullIfNotNull(nameof(template))]
    public string? Expand(string? template, Caller caller, string slug)
    {
        if (template is null)
        {
            return null;
        }

        var text = template
            .Replace("{org}", $"/api/organizations/{slug}", StringComparison.Ordinal)
            .Replace("{caller}", caller.Name(), StringComparison.Ordinal)
            .Replace("{token}", Tokens[caller], StringComparison.Ordinal)
            .Replace("{me}", UserIds[caller], StringComparison.Ordinal);
        foreach (var (name, _) in Spares)
        {
            text = text.Replace("{" + name + "}", spareIds[name], StringComparison.Ordinal);
        }

        return text;
    }

    private static string Email(Caller caller) =>
        caller == Caller.Owner ? ThroughlineApp<TDatabase>.OwnerEmail : $"{caller.Name()}@matrix.test";

    private static string SpareEmail(string name) => $"{name}@spare.matrix.test";

    private async Task SignUpAsync()
    {
        foreach (var caller in Enum.GetValues<Caller>())
        {
            Clients[caller] = caller switch
            {
                Caller.Anonymous => app.Factory.CreateClient(),
                Caller.Owner => app.Client,
                _ => await app.UserAsync(Email(caller)),
            };
        }

        foreach (var (name, _) in Spares)
        {
            spareIds[name] = await UserIdAsync(await app.UserAsync(SpareEmail(name)));
        }

        foreach (var email in Joiners)
        {
            await app.UserAsync(email);
        }

        pia = await app.UserAsync(PiaEmail);

        // Foreign is a member elsewhere, so that its 404s cannot come from having no organization at all.
        var home = await Clients[Caller.Foreign].PostAsJsonAsync("/api/organizations", new { name = "Elsewhere", slug = "elsewhere" });
        Assert.True(home.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"Creating the foreign user's organization answered {(int)home.StatusCode}.");

        Tokens[Caller.Anonymous] = Guid.NewGuid().ToString();
        UserIds[Caller.Anonymous] = Guid.NewGuid().ToString();
        foreach (var caller in Enum.GetValues<Caller>().Where(c => c != Caller.Anonymous))
        {
            UserIds[caller] = await UserIdAsync(Clients[caller]);
            var token = await Http.Expect(await Clients[caller].PostAsJsonAsync("/api/account/tokens", new { name = "spare", scope = "read" }), HttpStatusCode.Created);
            Tokens[caller] = token.GetProperty("id").GetString()!;
        }
    }

    private static async Task<string> UserIdAsync(HttpClient client) =>
        (await Http.Expect(await client.GetAsync(new Uri("/api/account", UriKind.Relative)), HttpStatusCode.OK)).GetProperty("id").GetString()!;
}
