using System.Globalization;
using System.Text;
using Throughline.Core.Analysis;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Items;
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
}

/// <summary>What is due in one organization as of a date: a pure function of the plan's analysis and its members.</summary>
public static class DueDeliveries
{
    public static List<DueDelivery> For(OrganizationRow organization, OrganizationView view, IReadOnlyList<Recipient> recipients, DateOnly date, IOpenQuestions questions)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(questions);
        var due = new List<DueDelivery>();
        var week = WeekOf(date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pages = "/o/" + organization.Slug;
        foreach (var recipient in recipients.Where(r => r.PersonId is not null))
        {
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
                Digests.Weekly(work, WinFeed.Build(view, Permissions.Hidden(access, view), date).Where(w => w.Date >= WeekOf(date)).ToList()),
                pages + "/inbox"));
        }

        AddUnitAgendas(due, view, recipients, date, week, pages, organization, questions);

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

    private static void AddUnitAgendas(
        List<DueDelivery> due, OrganizationView view, IReadOnlyList<Recipient> recipients, DateOnly date, string week, string pages, OrganizationRow organization, IOpenQuestions questions)
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

            var body = UnitAgenda.Build(view, unit.Id, date, questions.For(organization.Id, unit.Id));
            foreach (var member in members)
            {
                due.Add(new DueDelivery(DeliveryKinds.UnitAgenda, member.UserId, unit.Id, week, $"Alignment check-in of {unit.Name}, week of {week}", body, $"{pages}/units/{unit.Id}"));
            }
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The text of the weekly digest of one person.</summary>
public static class Digests
{
    public static string Weekly(MyWorkList work, IReadOnlyList<Win> wins)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(wins);
        var text = new StringBuilder();
        Section(text, "Check-ins due", work.CheckIns.Select(c => $"{c.Id} {c.Title} (due {c.DueOn:yyyy-MM-dd}{(c.Overdue ? ", overdue" : "")})"));
        Section(text, "Actions due", work.Actions.Select(a => $"{a.Id} {a.Title} (due {a.Due:yyyy-MM-dd}{(a.Overdue ? ", overdue" : "")})"));
        Section(text, "Yours at risk", work.AtRisk.Select(a => $"{a.Kind} {a.Id} {a.Title}: {a.Status}, {Percent(a.Progress)}"));
        var due = text.Length > 0;
        Section(text, "Wins this week", wins.Select(w => $"{w.Title}: {Describe(w)} ({w.Date:yyyy-MM-dd})"));
        return due ? text.ToString().TrimEnd() : ("Nothing is due this week.\n\n" + text).TrimEnd();
    }

    internal static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append(heading).Append('\n');
        foreach (var line in list)
        {
            text.Append("- ").Append(line).Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>What a win is, in a few words.</summary>
    public static string Describe(Win win)
    {
        ArgumentNullException.ThrowIfNull(win);
        return win.Kind switch
        {
            "key-result" => $"key result {win.ItemId} achieved",
            "initiative" => $"initiative {win.ItemId} completed",
            _ => $"{win.Kind} {win.ItemId} reached {win.Milestone}%",
        };
    }

    internal static string Percent(double progress) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(progress * 100)}%");
}
