using System.Net;
using System.Net.Http.Json;
using Throughline.Web.Messages;
using Throughline.Web.Notifications;
using Throughline.Web.Tests.Infrastructure;
using static Throughline.Web.Tests.Messages.MessagePlans;
using static Throughline.Web.Tests.Notifications.SchedulerPlans;

namespace Throughline.Web.Tests.Notifications;

/// <summary>A restatement marked needs-clarification is an open question of its department's weekly agendas until it is understood.</summary>
public abstract class OpenQuestionsTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private const string Slug = "open-questions";
    private const string Messages = $"/api/organizations/{Slug}/messages";

    [Fact]
    public async Task RestatementNeedingClarificationIsOnTheDepartmentsAgendaUntilUnderstood()
    {
        var clock = new FixedClock(Wednesday);
        await using var server = Server(app, clock);
        var people = await CreateAsync(app, server, Slug);
        await WriteAsync(people.Rita, Slug);
        await ReleaseAsync(people.Ana, Slug, "sales/frontline");
        await Http.Expect(await people.Ben.PostAsJsonAsync($"{Messages}/1/acknowledge", new { restatement = "We call installers first,\nthen we quote." }), HttpStatusCode.OK);
        Assert.DoesNotContain("Acknowledge it in your own words", await Http.ExpectText(await people.Ben.GetAsync($"/o/{Slug}/messages/1"), HttpStatusCode.OK), StringComparison.Ordinal);
        var review = new { status = ReviewStatus.NeedsClarification, answer = "Which installers: ours or partners'?" };
        await Http.Expect(await people.Ana.PutAsJsonAsync($"{Messages}/1/restatements/ben/review", review), HttpStatusCode.OK);

        await TickAsync(server);

        // Sales discusses it; Operations and the top unit, outside the department, do not.
        Assert.Equal(
            "Open questions\n"
            + $"- Message 1 \"Installers before quotes\": Ben Okafor restated it as \"We call installers first, then we quote.\"; {Email(Slug, "ana")} noted: \"Which installers: ours or partners'?\"",
            OpenQuestions(await AgendaAsync(people.Ana, "Sales")));
        Assert.Null(OpenQuestions(await AgendaAsync(people.Dan, "Operations")));
        Assert.Null(OpenQuestions(await AgendaAsync(people.Rita, "Relay Co")));

        await Http.Expect(await people.Ana.PutAsJsonAsync($"{Messages}/1/restatements/ben/review", new { status = ReviewStatus.Understood }), HttpStatusCode.OK);
        clock.Now = Wednesday.AddDays(7);
        await TickAsync(server);

        Assert.Null(OpenQuestions(await AgendaAsync(people.Ana, "Sales", "2026-11-23")));
    }

    private static async Task<string> AgendaAsync(HttpClient member, string unit, string week = "2026-11-16") =>
        (await NotificationsAsync(member, Slug)).Notifications.Single(n => n.Title == $"Alignment check-in of {unit}, week of {week}").Body;

    private static string? OpenQuestions(string agenda) =>
        agenda.Split("\n\n").SingleOrDefault(s => s.StartsWith("Open questions\n", StringComparison.Ordinal));
}

public sealed class SqliteOpenQuestionsTests(ThroughlineApp<SqliteTestDatabase> app) : OpenQuestionsTests<SqliteTestDatabase>(app);

public sealed class PostgresOpenQuestionsTests(ThroughlineApp<PostgresTestDatabase> app) : OpenQuestionsTests<PostgresTestDatabase>(app);

/// <summary>How an open question quotes a restatement.</summary>
public sealed class RestatementQuoteTests
{
    [Fact]
    public void LongRestatementsAreQuotedOnOneLineAndCut()
    {
        Assert.Equal("a b", RestatementQuestions.Quote("a\n\n  b "));
        var quote = RestatementQuestions.Quote(new string('x', 250));
        Assert.Equal(RestatementQuestions.QuoteLength, quote.Length);
        Assert.EndsWith("x…", quote, StringComparison.Ordinal);
    }
}
