using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Organizations;

/// <summary>The members API's rules, which the settings page follows too: who may change whom, and what each refusal says.</summary>
public abstract class MemberApiTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private const string Plan = """
        throughline: 1
        organization:
          name: Members Co
          people:
            - id: ana
              name: Ana Lopez
        """;

    private async Task<string> OrganizationAsync(string slug)
    {
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, Plan);
        return $"/api/organizations/{slug}/members";
    }

    private async Task<string> UserIdAsync(string members, string email) =>
        (await app.GetJsonAsync(members)).EnumerateArray().Single(m => m.GetProperty("email").GetString() == email).GetProperty("userId").GetString()!;

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var body = await Http.Expect(response, status);
        Assert.Equal(detail, body.TryGetProperty("detail", out var d) ? d.GetString() : body.GetProperty("errors").EnumerateObject().Single().Value[0].GetString());
        return body;
    }

    [Fact]
    public async Task AddingNamesTheFieldThatIsWrong()
    {
        var members = await OrganizationAsync("members-add");
        await app.UserAsync("member-add-ana@example.com");

        var noEmail = await ExpectAsync(await app.Client.PostAsJsonAsync(members, new { role = "member" }), HttpStatusCode.BadRequest,
            "Name the user by the e-mail address they signed up with.");
        Assert.True(noEmail.GetProperty("errors").TryGetProperty("email", out _));
        await ExpectAsync(await app.Client.PostAsJsonAsync(members, new { email = "member-add-ana@example.com", role = "boss" }), HttpStatusCode.BadRequest,
            "Unknown role 'boss'; use one of viewer, member, manager, leader, admin, owner.");
        await ExpectAsync(await app.Client.PostAsJsonAsync(members, new { email = "member-add-ana@example.com", role = "member", person = "bob" }), HttpStatusCode.BadRequest,
            "The plan has no person 'bob'; add them under organization.people (or POST …/people) first.");
        await ExpectAsync(await app.Client.PostAsJsonAsync(members, new { email = "nobody@example.com", role = "member" }), HttpStatusCode.BadRequest,
            "No account has the e-mail 'nobody@example.com'; ask them to sign up first.");

        var added = await Http.Expect(await app.Client.PostAsJsonAsync(members, new { email = "member-add-ana@example.com", role = "member", person = "ana" }), HttpStatusCode.Created);
        Assert.Equal("ana", added.GetProperty("person").GetString());
        var again = await ExpectAsync(await app.Client.PostAsJsonAsync(members, new { email = "member-add-ana@example.com", role = "viewer" }), HttpStatusCode.Conflict,
            $"'member-add-ana@example.com' is already a member; change their role with PUT …/members/{added.GetProperty("userId").GetString()}.");
        Assert.Equal("email", again.GetProperty("field").GetString());
    }

    [Fact]
    public async Task AdminsManageMembersButOnlyOwnersTouchOwners()
    {
        var members = await OrganizationAsync("members-owners");
        var admin = await app.MemberAsync("members-owners", "members-owners-admin@example.com", "admin");
        await app.MemberAsync("members-owners", "members-owners-viewer@example.com", "viewer");
        var owner = await UserIdAsync(members, ThroughlineApp<TDatabase>.OwnerEmail);
        var viewer = await UserIdAsync(members, "members-owners-viewer@example.com");

        var changed = await Http.Expect(await admin.PutAsJsonAsync($"{members}/{viewer}", new { role = "manager" }), HttpStatusCode.OK);
        Assert.Equal("manager", changed.GetProperty("role").GetString());
        await ExpectAsync(await admin.PutAsJsonAsync($"{members}/{viewer}", new { role = "owner" }), HttpStatusCode.Forbidden, "Only an owner makes or unmakes owners.");
        await ExpectAsync(await admin.PutAsJsonAsync($"{members}/{owner}", new { role = "admin" }), HttpStatusCode.Forbidden, "Only an owner makes or unmakes owners.");
        await ExpectAsync(await admin.DeleteAsync($"{members}/{owner}"), HttpStatusCode.Forbidden, "Only an owner removes an owner.");
        await ExpectAsync(await admin.DeleteAsync($"{members}/unknown-user"), HttpStatusCode.NotFound, "There is no member 'unknown-user' in this organization.");

        // The last owner stays, demoted or removed.
        var demoted = await ExpectAsync(await app.Client.PutAsJsonAsync($"{members}/{owner}", new { role = "admin" }), HttpStatusCode.Conflict,
            "This is the organization's last owner; make someone else an owner first.");
        Assert.Equal("role", demoted.GetProperty("field").GetString());
        await ExpectAsync(await app.Client.DeleteAsync($"{members}/{owner}"), HttpStatusCode.Conflict, "This is the organization's last owner; make someone else an owner first.");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{members}/{viewer}")).StatusCode);
        Assert.DoesNotContain((await app.GetJsonAsync(members)).EnumerateArray(), m => m.GetProperty("userId").GetString() == viewer);
    }

    [Fact]
    public async Task APersonLeftOutStaysAndAnEmptyOneUnlinks()
    {
        var members = await OrganizationAsync("members-person");
        await app.MemberAsync("members-person", "members-person-ana@example.com", "member", "ana");
        var ana = await UserIdAsync(members, "members-person-ana@example.com");

        var kept = await Http.Expect(await app.Client.PutAsJsonAsync($"{members}/{ana}", new { role = "manager" }), HttpStatusCode.OK);
        Assert.Equal("ana", kept.GetProperty("person").GetString());
        var unlinked = await Http.Expect(await app.Client.PutAsJsonAsync($"{members}/{ana}", new { person = "" }), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, unlinked.GetProperty("person").ValueKind);
        Assert.Equal("manager", unlinked.GetProperty("role").GetString());
    }
}

public sealed class SqliteMemberApiTests(ThroughlineApp<SqliteTestDatabase> app) : MemberApiTests<SqliteTestDatabase>(app);

public sealed class PostgresMemberApiTests(ThroughlineApp<PostgresTestDatabase> app) : MemberApiTests<PostgresTestDatabase>(app);
