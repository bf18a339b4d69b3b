using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Throughline.Web.Tests.Infrastructure;
using Throughline.Web.Tests.Notifications;

namespace Throughline.Web.Tests.Messages;

/// <summary>
/// A small organization for messages delivered by the scheduler: Relay Co's top unit with Rita (executive, leader),
/// and two departments, Sales (Ana, manager level, manager role; Ben and Cy, frontline) and Operations (Dan,
/// frontline). Cy has no account. The server ticks at <see cref="SchedulerPlans.Wednesday"/>.
/// </summary>
internal static class MessagePlans
{
    public const string Plan = """
        throughline: 1
        organization:
          name: Relay Co
          units:
            - { id: co, name: Relay Co }
            - { id: sales, name: Sales, parent: co }
            - { id: ops, name: Operations, parent: co }
          people:
            - { id: rita, name: Rita Moreno, unit: co, level: executive }
            - { id: ana, name: Ana Silva, unit: sales, level: manager }
            - { id: ben, name: Ben Okafor, unit: sales, level: frontline }
            - { id: cy, name: Cy Tran, unit: sales, level: frontline }
            - { id: dan, name: Dan Berg, unit: ops, level: frontline }
        vision:
          statement: Heat without fire
        goals:
          - { id: G1, title: Grow, owner: rita }
        objectives:
          - id: O1
            title: Sign installers
            contributes_to: [G1]
            owner: ana
            unit: sales
            start: 2026-10-01
            due: 2027-06-30
            key_results:
              - id: KR1
                title: Installers signed
                owner: ana
                cadence: monthly
                baseline: 0
                target: 40
                checkins:
                  - { date: 2026-11-10, value: 10 }
        """;

    public static string Email(string slug, string person) => $"{person}.{slug}@example.com";

    /// <summary>The organization, and clients of <paramref name="server"/> (at its clock) acting as Rita, Ana, Ben and Dan.</summary>
    public static async Task<People> CreateAsync<TDatabase>(ThroughlineApp<TDatabase> app, WebApplicationFactory<Program> server, string slug)
        where TDatabase : ITestDatabase, new()
    {
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, Plan);
        async Task<HttpClient> As(string person, string role)
        {
            var member = await app.MemberAsync(slug, Email(slug, person), role, person);
            var client = server.CreateClient();
            client.DefaultRequestHeaders.Authorization = member.DefaultRequestHeaders.Authorization;
            return client;
        }

        return new People(await As("rita", "leader"), await As("ana", "manager"), await As("ben", "member"), await As("dan", "member"));
    }

    /// <summary>Rita writes message 1 on G1; talking points are drafted for sales (manager, frontline) and ops (frontline).</summary>
    public static async Task<JsonElement> WriteAsync(HttpClient leader, string slug) =>
        await Http.Expect(
            await leader.PostAsJsonAsync($"/api/organizations/{slug}/messages", new
            {
                title = "Installers before quotes",
                why = "Quotes without installers are promises we cannot keep.",
                whatChanges = "Every week starts with the installer pipeline.",
                goals = new[] { "G1" },
            }),
            HttpStatusCode.Created);

    public static async Task<JsonElement> EditAsync(HttpClient manager, string slug, string set, string text) =>
        await Http.Expect(await manager.PutAsJsonAsync($"/api/organizations/{slug}/messages/1/talking-points/{set}", new { text }), HttpStatusCode.OK);

    public static async Task<JsonElement> ReleaseAsync(HttpClient manager, string slug, string set) =>
        await Http.Expect(await manager.PostAsync($"/api/organizations/{slug}/messages/1/talking-points/{set}/release", null), HttpStatusCode.OK);

    public sealed record People(HttpClient Rita, HttpClient Ana, HttpClient Ben, HttpClient Dan);
}
