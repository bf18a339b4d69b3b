using Microsoft.Extensions.Options;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Messages;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Hosting;

/// <summary>
/// The demo's communication, written through the same service as the API so it holds what a real loop leaves:
/// Rajesh's strategic message on G1, Lena's own talking points for the managers of Product &amp; Engineering,
/// released with Operations' prepared ones, Tariq's restatement that Lena marks understood, and an operational
/// update for storage engineering. Commercial, People &amp; Culture and Finance have nothing under G1, so the
/// message is flagged for them, as in any real cascade. The story runs over the days before the demo starts, so
/// times to acknowledge are real and the managers who have not acknowledged after a week are a finding.
/// </summary>
internal static class DemoMessages
{
    public static async Task SeedAsync(IServiceProvider services, OrganizationRow organization, IReadOnlyDictionary<string, string> userIds, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var clock = new StoryClock(now);
        var book = new MessageBook(
            services.GetRequiredService<ThroughlineDb>(), services.GetRequiredService<PlanCache>(), clock, services.GetRequiredService<IOptions<MessageOptions>>());
        var rajesh = As(organization, userIds, "rajesh", OrganizationRole.Leader);
        var lena = As(organization, userIds, "lena", OrganizationRole.Manager);
        var tariq = As(organization, userIds, "tariq", OrganizationRole.Member);

        clock.Now = now.AddDays(-9).AddHours(-3);
        var message = Done(await book.CreateAsync(rajesh, new MessageRequest(
            MessageKinds.Strategic,
            "Natural refrigerants first",
            "The EU F-gas phase-out starts in 2027: from then on, every heat pump we sell must run on a natural refrigerant.",
            "R290 work goes before any other product work until the range is launched; ask your manager what that means for your team.",
            ["G1"], null), cancellationToken));

        clock.Now = now.AddDays(-8).AddHours(-5);
        Done(await book.EditAsync(lena, message.Id, "product-eng", "manager", new TalkingPointsRequest(
            "G1 decides 2027 for us. In Product & Engineering that means firmware 4.0 on every connected storage system (KR4.1) "
            + "and the R290 platform (O1) before any other feature work. If your team's plan does not show it, tell me this week.", null), cancellationToken: cancellationToken));
        Done(await book.ReleaseAsync(lena, message.Id, "product-eng", "manager", cancellationToken));
        clock.Now = now.AddDays(-2).AddHours(-6);
        Done(await book.ReleaseAsync(rajesh, message.Id, "operations", "manager", cancellationToken));

        clock.Now = now.AddDays(-7).AddHours(-2);
        Done(await book.AcknowledgeAsync(tariq, message.Id, new AcknowledgementRequest(
            "Firmware 4.0 on every storage system is our part of G1, so the BMS work for it comes before anything else we have planned.",
            ["KR4.1"]), cancellationToken));
        clock.Now = now.AddDays(-6).AddHours(-4);
        Done(await book.ReviewAsync(lena, message.Id, "tariq", new ReviewRequest(ReviewStatus.Understood, "Exactly. Tell me the week 4.0 is ready for the field."), cancellationToken));

        clock.Now = now.AddDays(-1).AddHours(-1);
        Done(await book.CreateAsync(lena, new MessageRequest(
            MessageKinds.Operational, "Test lab closed on Friday", "The fire drill takes the whole afternoon; book the climate chamber for Thursday instead.", null, null, "storage-eng"),
            cancellationToken));
    }

    /// <summary>The time of each step of the story.</summary>
    private sealed class StoryClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static OrganizationAccess As(OrganizationRow organization, IReadOnlyDictionary<string, string> userIds, string person, OrganizationRole role) =>
        new(organization, userIds[person], person + "@calder.example", role, person, CanWrite: true);

    private static T Done<T>(Outcome<T> outcome)
        where T : class =>
        outcome.Value ?? throw new InvalidOperationException("The demo's messages could not be written: " + outcome.Refusal?.Message);
}
