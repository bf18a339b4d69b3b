using System.Globalization;
using System.Text;
using Throughline.Core.Analysis;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
using Throughline.Web.Messages;
using Throughline.Web.Organizations;
using Throughline.Web.Pages.Org;
using Throughline.Web.Storage;
using Throughline.Web.Wins;

namespace Throughline.Web.Notifications;

/// <summary>A member the scheduler may deliver to.</summary>
public sealed record Recipient(string UserId, string Email, OrganizationRole Role, string? PersonId);

/// <summary>Something due to one recipient, under the key the database keeps unique.</summary>
public sealed record DueDelivery(string Kind, string Recipient, string Subject, string Period, string Title, string Body, string? Link);

/// <summary>The kinds of delivery (docs/cadences.md).</summary>
public static class DeliveryKinds
{
    public const string CheckInReminder = "check-in-reminder";
    public const string WeeklyDigest = "weekly-digest";
    public const string UnitAgenda = "unit-agenda";
    public const string QuarterlyReview = "quarterly-review";
    public const string StrategicMessage = "strategic-message";
}

/// <summary>
/// What is due in one organization as of a date: a pure function of the plan's analysis, its members, and what the
/// messages hold for them.
/// </summary>
public static class DueDeliveries
{
    public static List<DueDelivery> For(
        OrganizationRow organization, OrganizationView view, IReadOnlyList<Recipient> recipients, DateOnly date, MessageNews news, IReadOnlyList<OpenQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(questions);
        var due = new List<DueDelivery>();
        var week = WeekOf(date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pages = "/o/" + organization.Slug;
        var departments = Departments.Of(view.Plan);
        var strategic = news.Strategic.ToLookup(m => m.PersonId, StringComparer.Ordinal);
        var operational = news.Operational.ToLookup(m => m.PersonId, StringComparer.Ordinal);
        foreach (var recipient in recipients.Where(r => r.PersonId is not null))
        {
            AddStrategicMessages(due, departments, recipient, strategic[recipient.PersonId!], news.Since, pages, organization);
            var access = new OrganizationAccess(organization, recipient.UserId, recipient.Email, recipient.Role, recipient.PersonId, CanWrite: true);
            if (MyWork.Build(access, view, date) is not { } work)
            {
                continue;
            }

            foreach (var checkIn in work.CheckIns)
            {
                due.Add(new DueDelivery(
                    DeliveryKinds.CheckInReminder,
                    recipient.UserId,
                    checkIn.Id,
                    Day(checkIn.DueOn),
                    $"Check-in due: {checkIn.Title}",
                    $"{checkIn.Id} asks for a {checkIn.Cadence} check-in; one fell due on {Day(checkIn.DueOn)} and none has been made since.",
                    $"{pages}/items/{checkIn.Id}"));
            }

            due.Add(new DueDelivery(
                DeliveryKinds.WeeklyDigest,
                recipient.UserId,
                "",
                week,
                $"Your week from {week} in {organization.Name}",
                Digests.Weekly(
                    work, WinFeed.Build(view, Permissions.Hidden(access, view), date).Where(w => w.Date >= WeekOf(date)).ToList(),
                    [.. strategic[recipient.PersonId!]], [.. operational[recipient.PersonId!]]),
                pages + "/inbox"));
        }

        AddUnitAgendas(due, view, departments, recipients, date, week, pages, questions);

        var quarter = PreviousQuarter(date);
        foreach (var leader in recipients.Where(r => r.Role >= OrganizationRole.Leader))
        {
            due.Add(new DueDelivery(
                DeliveryKinds.QuarterlyReview,
                leader.UserId,
                "",
                quarter,
                $"Quarterly review of {organization.Name}: {quarter}",
                $"The review packet of {organization.Name} for the quarter {quarter} is ready: /api/organizations/{organization.Slug}/report?format=packet",
                $"/api/organizations/{organization.Slug}/report?format=packet"));
        }

        return due;
    }

    /// <summary>The Monday of the week of <paramref name="date"/>: weeks run Monday to Sunday.</summary>
    public static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The quarter before the one of <paramref name="date"/>, as 2026-Q3: the one a review looks back on.</summary>
    public static string PreviousQuarter(DateOnly date)
    {
        var index = (date.Year * 4) + ((date.Month - 1) / 3) - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{index / 4}-Q{(index % 4) + 1}");
    }

    // A strategic message goes out once per version delivered, while it is recent and not yet acknowledged.
    private static void AddStrategicMessages(
        List<DueDelivery> due, Departments departments, Recipient recipient, IEnumerable<StrategicNews> messages, DateTimeOffset since, string pages, OrganizationRow organization)
    {
        foreach (var message in messages.Where(m => m.DeliveredAt > since))
        {
            var body = new StringBuilder()
                .Append(message.Why).Append("\n\n")
                .Append("What changes: ").Append(message.WhatChanges).Append("\n\n")
                .Append(CultureInfo.InvariantCulture, $"Your talking points ({departments.Name(message.Department)}, {message.Level} level, version {message.Version}):\n")
                .Append(message.Text).Append("\n\n")
                .Append("Acknowledge it by restating it in your own words and naming the work of yours it touches.");
            due.Add(new DueDelivery(
                DeliveryKinds.StrategicMessage,
                recipient.UserId,
                $"{message.Message}/{message.Department}/{message.Level}",
                "v" + message.Version.ToString(CultureInfo.InvariantCulture),
                $"Message {message.Message} from {organization.Name}: {message.Title}",
                body.ToString(),
                $"{pages}/messages/{message.Message}"));
        }
    }

    private static void AddUnitAgendas(
        List<DueDelivery> due, OrganizationView view, Departments departments, IReadOnlyList<Recipient> recipients, DateOnly date, string week, string pages,
        IReadOnlyList<OpenQuestion> questions)
    {
        var byPerson = recipients.Where(r => r.PersonId is not null).ToLookup(r => r.PersonId!, StringComparer.Ordinal);
        foreach (var unit in view.Plan.Organization.Units)
        {
            var people = view.Plan.Organization.People.Where(p => p.Unit == unit.Id).Select(p => p.Id).Concat(unit.Members).Distinct(StringComparer.Ordinal).ToList();
            var members = people.SelectMany(p => byPerson[p]).DistinctBy(r => r.UserId).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var department = departments.OfUnit(unit.Id);
            var body = UnitAgenda.Build(view, unit.Id, date, [.. questions.Where(q => q.Department == department).Select(q => q.Text)]);
            foreach (var member in members)
            {
                due.Add(new DueDelivery(DeliveryKinds.UnitAgenda, member.UserId, unit.Id, week, $"Alignment check-in of {unit.Name}, week of {week}", body, $"{pages}/units/{unit.Id}"));
            }
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
