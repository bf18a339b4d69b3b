using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Web.Notifications;
using Throughline.Web.Tests.Infrastructure;
using static Throughline.Web.Tests.Notifications.SchedulerPlans;

namespace Throughline.Web.Tests.Notifications;

/// <summary>The scheduler delivers what is due once, whatever restarts or runs at the same time (docs/cadences.md).</summary>
public abstract class SchedulerTests<TDatabase> : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private readonly ThroughlineApp<TDatabase> app;

    protected SchedulerTests(ThroughlineApp<TDatabase> app) => this.app = app;

    [Fact]
    public async Task TickDeliversTheRemindersDigestsAgendasAndReviewDue()
    {
        await CreateAsync(app, "due");
        await using var server = Server(app, new FixedClock(Wednesday));

        await TickAsync(server);

        Assert.Equal([.. Expected("due").Order()], await DeliveriesAsync(app, "due"));
        Assert.Equal(6, await NotificationCountAsync(app, "due"));
    }

    [Fact]
    public async Task TickAfterARestartDeliversNothingTwice()
    {
        await CreateAsync(app, "restart");
        var clock = new FixedClock(Wednesday);
        await using (var first = Server(app, clock))
        {
            await TickAsync(first);
        }

        // A new process over the same database knows nothing of the first but what the database holds.
        await using var second = Server(app, clock);
        await TickAsync(second);

        Assert.Equal([.. Expected("restart").Order()], await DeliveriesAsync(app, "restart"));
        Assert.Equal(6, await NotificationCountAsync(app, "restart"));
    }

    [Fact]
    public async Task TicksAtOnceInTwoProcessesDeliverOnce()
    {
        await CreateAsync(app, "together");
        var clock = new FixedClock(Wednesday);
        await using var one = Server(app, clock);
        await using var two = Server(app, clock);
        _ = one.Services;
        _ = two.Services;

        await Task.WhenAll(TickAsync(one), TickAsync(two), TickAsync(one), TickAsync(two));

        Assert.Equal([.. Expected("together").Order()], await DeliveriesAsync(app, "together"));
        Assert.Equal(6, await NotificationCountAsync(app, "together"));
    }

    [Fact]
    public async Task NextWeekBringsNewDigestsButNoSecondReminderForTheSameMissedCheckIn()
    {
        await CreateAsync(app, "next-week");
        var clock = new FixedClock(Wednesday);
        await using var server = Server(app, clock);
        await TickAsync(server);

        clock.Now = Wednesday.AddDays(7);
        await TickAsync(server);

        // KR1's check-in that fell due on 2026-11-09 is still missing: the same period, no new reminder.
        // The week of 2026-11-23 brings two digests and two agendas; the quarterly review is the same quarter's.
        var deliveries = await DeliveriesAsync(app, "next-week");
        Assert.Equal(10, deliveries.Count);
        Assert.Single(deliveries, d => d.Item1 == DeliveryKinds.CheckInReminder);
        Assert.Equal(2, deliveries.Count(d => d.Item1 == DeliveryKinds.WeeklyDigest && d.Item4 == "2026-11-23"));
        Assert.Equal(2, deliveries.Count(d => d.Item1 == DeliveryKinds.UnitAgenda && d.Item4 == "2026-11-23"));
    }

    [Fact]
    public async Task MembersReadTheirOwnNotificationsAndMarkThemRead()
    {
        var (ana, ben) = await CreateAsync(app, "reading");
        await using var server = Server(app, new FixedClock(Wednesday));
        await TickAsync(server);

        var mine = await NotificationsAsync(ana, "reading");
        Assert.Equal(3, mine.Unread);
        Assert.Equal(
            [DeliveryKinds.CheckInReminder, DeliveryKinds.UnitAgenda, DeliveryKinds.WeeklyDigest],
            mine.Notifications.Select(n => n.Kind).Order());
        var reminder = mine.Notifications.Single(n => n.Kind == DeliveryKinds.CheckInReminder);
        Assert.Equal("/o/reading/items/KR1", reminder.Link);
        var agenda = mine.Notifications.Single(n => n.Kind == DeliveryKinds.UnitAgenda);
        Assert.Contains("KR1 Installers signed: a check-in fell due on 2026-11-09", agenda.Body, StringComparison.Ordinal);

        // Someone else's notification answers as one that does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await ben.PostAsync($"/api/organizations/reading/notifications/{reminder.Id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ana.PostAsync($"/api/organizations/reading/notifications/{reminder.Id}/read", null)).StatusCode);
        Assert.Equal(2, (await NotificationsAsync(ana, "reading")).Unread);
        Assert.Equal(2, (await NotificationsAsync(ben, "reading")).Unread);

        Assert.Equal(HttpStatusCode.NoContent, (await ana.PostAsync("/api/organizations/reading/notifications/read", null)).StatusCode);
        Assert.Equal(0, (await NotificationsAsync(ana, "reading")).Unread);
    }

    [Fact]
    public async Task OpenQuestionsFromAnotherSourceFillTheAgenda()
    {
        var (ana, _) = await CreateAsync(app, "questions");
        await using var server = Server(app, new FixedClock(Wednesday), services: s => s.AddSingleton<IOpenQuestions>(new Questions()));
        await TickAsync(server);

        var agenda = (await NotificationsAsync(ana, "questions")).Notifications.Single(n => n.Kind == DeliveryKinds.UnitAgenda);
        Assert.Contains("Open questions\n- Who takes over the northern installers?", agenda.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotificationsPageListsTheMembersOwnAndMarksThemRead()
    {
        var (ana, ben) = await CreateAsync(app, "page");
        await using var server = Server(app, new FixedClock(Wednesday));
        await TickAsync(server);

        var page = await Http.ExpectText(await ana.GetAsync("/o/page/notifications"), HttpStatusCode.OK);
        Assert.Contains("3 unread", page, StringComparison.Ordinal);
        Assert.Contains("Check-in due: Installers signed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Quarterly review", page, StringComparison.Ordinal);

        var reminder = (await NotificationsAsync(ana, "page")).Notifications.Single(n => n.Kind == DeliveryKinds.CheckInReminder);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        using var form = new FormUrlEncodedContent([new("id", reminder.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]);
        var posted = await ana.PostAsync("/o/page/notifications", form);
        Assert.True(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"The form answered {posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        Assert.Equal(2, (await NotificationsAsync(ana, "page")).Unread);
        Assert.Equal(2, (await NotificationsAsync(ben, "page")).Unread);
    }
}

internal sealed class Questions : IOpenQuestions
{
    public Task<IReadOnlyList<OpenQuestion>> ForAsync(Guid organizationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OpenQuestion>>([new OpenQuestion("U1", "Who takes over the northern installers?")]);
}

public sealed class SqliteSchedulerTests(ThroughlineApp<SqliteTestDatabase> app) : SchedulerTests<SqliteTestDatabase>(app);

public sealed class PostgresSchedulerTests(ThroughlineApp<PostgresTestDatabase> app) : SchedulerTests<PostgresTestDatabase>(app);
