using Throughline.Web.Tests.Infrastructure;
using static Throughline.Web.Tests.Notifications.SchedulerPlans;

namespace Throughline.Web.Tests.Notifications;

/// <summary>Deliveries also go by e-mail through a real SMTP server, once each, and a failed one is sent on a later tick.</summary>
public abstract class SchedulerMailTests<TDatabase> : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private readonly ThroughlineApp<TDatabase> app;

    protected SchedulerMailTests(ThroughlineApp<TDatabase> app) => this.app = app;

    [Fact]
    public async Task EveryDeliveryIsMailedOnceAndAFailedMailIsSentLater()
    {
        await CreateAsync(app, "mail");
        var port = TestSmtpServer.FreePort();
        var clock = new FixedClock(Wednesday);
        var settings = SmtpSettings(port);
        await using var server = Server(app, clock, settings);

        // The mail server is down: the notifications are delivered, the e-mails wait.
        var down = await TickAsync(server);
        Assert.Equal((0, 6), (down.Mailed, down.MailFailed));
        Assert.Equal(6, await NotificationCountAsync(app, "mail"));

        await using var smtp = new TestSmtpServer(port);
        var up = await TickAsync(server);
        var again = await TickAsync(server);

        Assert.Equal((0, 6, 0), (up.Delivered, up.Mailed, up.MailFailed));
        Assert.Equal((0, 0), (again.Delivered, again.Mailed));
        Assert.Equal(6, await NotificationCountAsync(app, "mail"));
        Assert.Equal(
            new[] { Ana("mail"), Ana("mail"), Ana("mail"), Ben("mail"), Ben("mail"), ThroughlineApp<TDatabase>.OwnerEmail }.Order(),
            smtp.Received.SelectMany(m => m.To).Order());
        Assert.All(smtp.Received, m => Assert.Equal("throughline@example.com", m.From));
        Assert.Contains(smtp.Received, m => m.To[0] == Ana("mail") && m.Subject.StartsWith("Check-in due: Installers signed", StringComparison.Ordinal));
    }
}

public sealed class SqliteSchedulerMailTests(ThroughlineApp<SqliteTestDatabase> app) : SchedulerMailTests<SqliteTestDatabase>(app);

public sealed class PostgresSchedulerMailTests(ThroughlineApp<PostgresTestDatabase> app) : SchedulerMailTests<PostgresTestDatabase>(app);
