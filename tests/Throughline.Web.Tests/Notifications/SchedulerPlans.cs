using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Web.Notifications;
using Throughline.Web.Storage;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Notifications;

/// <summary>A plan whose deliveries on Wednesday 2026-11-18 are counted by hand, and servers that tick at a set time.</summary>
internal static class SchedulerPlans
{
    /// <summary>Wednesday 2026-11-18, noon UTC: the week began on Monday 2026-11-16, the quarter before was 2026-Q3.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);

    // KR1 is weekly, last checked in on 2026-11-02: a check-in fell due on 2026-11-09 and none came, so ana gets a
    // reminder for the period 2026-11-09. KR2 is monthly, checked in on 2026-11-10: due only on 2026-12-10.
    // ana and ben are both in unit U1: each gets the weekly digest and U1's agenda. The owner names no person, so
    // only the quarterly review (owners are at least leaders). 1 + 2 + 2 + 1 = 6 deliveries.
    public const string Plan = """
        throughline: 1
        organization:
          name: Cadence Co
          units:
            - { id: U1, name: Sales }
          people:
            - { id: ana, name: Ana Silva, unit: U1 }
            - { id: ben, name: Ben Okafor, unit: U1 }
        vision:
          statement: Heat without fire
        goals:
          - id: G1
            title: Grow
            owner: ana
        objectives:
          - id: O1
            title: Sign installers
            contributes_to: [G1]
            owner: ana
            unit: U1
            start: 2026-10-01
            due: 2027-06-30
            key_results:
              - id: KR1
                title: Installers signed
                owner: ana
                cadence: weekly
                baseline: 0
                target: 40
                checkins:
                  - { date: 2026-11-02, value: 10 }
              - id: KR2
                title: Quotes sent
                owner: ben
                cadence: monthly
                baseline: 0
                target: 100
                checkins:
                  - { date: 2026-11-10, value: 30 }
        """;

    /// <summary>The deliveries of <see cref="Plan"/> on <see cref="Wednesday"/>, as (kind, recipient e-mail, subject, period).</summary>
    public static IEnumerable<(string, string, string, string)> Expected(string slug) =>
    [
        (DeliveryKinds.CheckInReminder, Ana(slug), "KR1", "2026-11-09"),
        (DeliveryKinds.WeeklyDigest, Ana(slug), "", "2026-11-16"),
        (DeliveryKinds.WeeklyDigest, Ben(slug), "", "2026-11-16"),
        (DeliveryKinds.UnitAgenda, Ana(slug), "U1", "2026-11-16"),
        (DeliveryKinds.UnitAgenda, Ben(slug), "U1", "2026-11-16"),
        (DeliveryKinds.QuarterlyReview, ThroughlineApp<SqliteTestDatabase>.OwnerEmail, "", "2026-Q3"),
    ];

    public static string Ana(string slug) => $"ana.{slug}@example.com";

    public static string Ben(string slug) => $"ben.{slug}@example.com";

    /// <summary>An organization with <see cref="Plan"/>, and ana and ben as members who are its people.</summary>
    public static async Task<(HttpClient Ana, HttpClient Ben)> CreateAsync<TDatabase>(ThroughlineApp<TDatabase> app, string slug)
        where TDatabase : ITestDatabase, new()
    {
        await app.CreateOrganizationAsync(slug);
        await app.ImportPlanAsync(slug, Plan);
        var ana = await app.MemberAsync(slug, Ana(slug), "member", "ana");
        var ben = await app.MemberAsync(slug, Ben(slug), "member", "ben");
        return (ana, ben);
    }

    /// <summary>Another server process over the same database, at the clock's time, with these settings.</summary>
    public static WebApplicationFactory<Program> Server<TDatabase>(
        ThroughlineApp<TDatabase> app, FixedClock clock, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
        where TDatabase : ITestDatabase, new() =>
        app.Factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(collection =>
            {
                collection.AddSingleton<TimeProvider>(clock);
                services?.Invoke(collection);
            });
        });

    /// <summary>
    /// The settings of a server that mails through the test SMTP server on this port, from throughline@example.com, with
    /// links under https://throughline.example/tl.
    /// </summary>
    public static Dictionary<string, string?> SmtpSettings(int port) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "throughline@example.com",
        ["Smtp:Security"] = "none",
        ["Smtp:PublicUrl"] = "https://throughline.example/tl/",
    };

    public static Task<TickResult> TickAsync(WebApplicationFactory<Program> server) =>
        server.Services.GetRequiredService<Scheduler>().RunOnceAsync();

    /// <summary>The deliveries of one organization, as (kind, recipient e-mail, subject, period).</summary>
    public static async Task<List<(string, string, string, string)>> DeliveriesAsync<TDatabase>(ThroughlineApp<TDatabase> app, string slug)
        where TDatabase : ITestDatabase, new()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var rows = await db.ScheduledDeliveries.AsNoTracking()
            .Join(db.Organizations.Where(o => o.Slug == slug), d => d.OrganizationId, o => o.Id, (d, o) => d)
            .Join(db.Users, d => d.Recipient, u => u.Id, (d, u) => new { d.Kind, u.Email, d.Subject, d.Period })
            .ToListAsync();
        return [.. rows.Select(r => (r.Kind, r.Email!, r.Subject, r.Period)).Order()];
    }

    public static async Task<int> NotificationCountAsync<TDatabase>(ThroughlineApp<TDatabase> app, string slug)
        where TDatabase : ITestDatabase, new()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        return await db.Notifications.Join(db.Organizations.Where(o => o.Slug == slug), n => n.OrganizationId, o => o.Id, (n, o) => n).CountAsync();
    }

    public static async Task<NotificationsResponse> NotificationsAsync(HttpClient client, string slug)
    {
        var response = await client.GetAsync($"/api/organizations/{slug}/notifications");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<NotificationsResponse>())!;
    }
}
