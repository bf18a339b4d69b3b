using System.Net;
using System.Net.Http.Json;
using Throughline.Web.Notifications;
using Throughline.Web.Tests.Infrastructure;
using static Throughline.Web.Tests.Messages.MessagePlans;
using static Throughline.Web.Tests.Notifications.SchedulerPlans;

namespace Throughline.Web.Tests.Notifications;

/// <summary>
/// Released talking points go by e-mail through the scheduler, once per recipient and version, across restarts;
/// operational updates are never mailed, only listed in the digest (docs/cadences.md).
/// </summary>
public abstract class MessageMailTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private const string Slug = "message-mail";

    [Fact]
    public async Task ReleasedTalkingPointsAreMailedOncePerVersionAndUpdatesOnlyInTheDigest()
    {
        await using var smtp = new TestSmtpServer();
        var clock = new FixedClock(Wednesday);
        var settings = SmtpSettings(smtp.Port);
        var first = Server(app, clock, settings);
        var people = await CreateAsync(app, first, Slug);
        await WriteAsync(people.Rita, Slug);
        Assert.Equal(2, (await EditAsync(people.Ana, Slug, "sales/frontline", "Call two installers before you send a quote.")).GetProperty("version").GetInt32());
        await ReleaseAsync(people.Ana, Slug, "sales/frontline");
        await Http.Expect(
            await people.Ana.PostAsJsonAsync($"/api/organizations/{Slug}/messages", new { kind = "operational", title = "Van 3 is in the workshop", why = "Until Friday.", unit = "sales" }),
            HttpStatusCode.Created);

        // Dan's version 1 is superseded by version 2 before the scheduler ticks: only version 2 is sent.
        await ReleaseAsync(people.Rita, Slug, "ops/frontline");
        await EditAsync(people.Rita, Slug, "ops/frontline", "Answer installers within the hour.");
        await ReleaseAsync(people.Rita, Slug, "ops/frontline");

        await TickAsync(first);

        // Ben and Cy received version 2; Cy has no account, so only Ben hears of it (and Dan of his), nobody of the update.
        Assert.Equal([Email(Slug, "ben"), Email(Slug, "dan")], MessageMails(smtp).SelectMany(m => m.To).Order());
        Assert.Contains("Answer installers within the hour.", Assert.Single(MessageMails(smtp), m => m.To[0] == Email(Slug, "dan")).Data, StringComparison.Ordinal);
        var mail = MessageMails(smtp).Single(m => m.To[0] == Email(Slug, "ben"));
        Assert.Equal([Email(Slug, "ben")], mail.To);
        Assert.Equal($"Message 1 from Organization {Slug}: Installers before quotes", mail.Subject);
        Assert.Contains("Quotes without installers are promises we cannot keep.", mail.Data, StringComparison.Ordinal);
        Assert.Contains("What changes: Every week starts with the installer pipeline.", mail.Data, StringComparison.Ordinal);
        Assert.Contains("Your talking points (Sales, frontline level, version 2):", mail.Data, StringComparison.Ordinal);
        Assert.Contains("Call two installers before you send a quote.", mail.Data, StringComparison.Ordinal);
        Assert.Contains($"https://throughline.example/tl/o/{Slug}/messages/1", mail.Data, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Received, m => m.Data.Contains("Van 3", StringComparison.Ordinal) && !m.Subject.StartsWith("Your week", StringComparison.Ordinal));

        // The link of the e-mail leads to the message, which sends Ben on to acknowledge it.
        var page = await Http.ExpectText(await people.Ben.GetAsync($"/o/{Slug}/messages/1"), HttpStatusCode.OK);
        Assert.Contains($"<a href=\"/o/{Slug}/messages/inbox#message-1\">Acknowledge it in your own words</a>", page, StringComparison.Ordinal);

        // The digest names the strategic message first and the update after what Ben must do.
        var digest = (await NotificationsAsync(people.Ben, Slug)).Notifications.Single(n => n.Kind == DeliveryKinds.WeeklyDigest);
        Assert.Equal(
            "Strategic messages\n- Message 1 Installers before quotes: version 2 for you, delivered 2026-11-18, to acknowledge in your own words\n\n"
            + "Operational updates\n- Van 3 is in the workshop (to sales, 2026-11-18)",
            digest.Body);

        // A new version is mailed anew, with its own text.
        await EditAsync(people.Ana, Slug, "sales/frontline", "Call three installers before you send a quote.");
        await ReleaseAsync(people.Ana, Slug, "sales/frontline");
        await TickAsync(first);
        await TickAsync(first);
        var inApp = (await NotificationsAsync(people.Ben, Slug)).Notifications.Where(n => n.Kind == DeliveryKinds.StrategicMessage).ToList();
        Assert.Equal(2, inApp.Count);
        Assert.All(inApp, n => Assert.Equal($"/o/{Slug}/messages/1", n.Link));
        await first.DisposeAsync();

        // A restarted server finds both in the database and sends nothing again.
        await using (var second = Server(app, clock, settings))
        {
            await TickAsync(second);
        }

        var mails = MessageMails(smtp).Where(m => m.To[0] == Email(Slug, "ben")).ToList();
        Assert.Equal(2, mails.Count);
        Assert.Contains("Call three installers", mails[1].Data, StringComparison.Ordinal);
        Assert.Contains("version 3):", mails[1].Data, StringComparison.Ordinal);
        Assert.DoesNotContain("Call two installers", mails[1].Data, StringComparison.Ordinal);
        Assert.Equal(3, MessageMails(smtp).Count);
        Assert.Equal(
            [("1/sales/frontline", "v2"), ("1/sales/frontline", "v3"), ("1/ops/frontline", "v2")],
            (await DeliveriesAsync(app, Slug)).Where(d => d.Item1 == DeliveryKinds.StrategicMessage).Select(d => (d.Item3, d.Item4)));
    }

    private static List<ReceivedMail> MessageMails(TestSmtpServer smtp) =>
        [.. smtp.Received.Where(m => m.Subject.StartsWith("Message ", StringComparison.Ordinal))];
}

public sealed class SqliteMessageMailTests(ThroughlineApp<SqliteTestDatabase> app) : MessageMailTests<SqliteTestDatabase>(app);

public sealed class PostgresMessageMailTests(ThroughlineApp<PostgresTestDatabase> app) : MessageMailTests<PostgresTestDatabase>(app);
