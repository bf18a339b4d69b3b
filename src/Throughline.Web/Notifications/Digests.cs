using System.Globalization;
using System.Text;
using Throughline.Web.Pages.Org;
using Throughline.Web.Wins;

namespace Throughline.Web.Notifications;

/// <summary>The text of the weekly digest of one person.</summary>
public static class Digests
{
    /// <summary>How many operational updates a digest lists before it counts the rest.</summary>
    public const int OperationalUpdates = 10;

    /// <summary>
    /// The digest: the person's unacknowledged strategic messages first, all of them; then what they must do; then
    /// the operational updates of the last seven days, at most <see cref="OperationalUpdates"/> and the count of the
    /// rest; then the wins. Strategic messages and updates come newest first.
    /// </summary>
    public static string Weekly(MyWorkList work, IReadOnlyList<Win> wins, IReadOnlyList<StrategicNews> strategic, IReadOnlyList<OperationalNews> operational)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(wins);
        ArgumentNullException.ThrowIfNull(strategic);
        ArgumentNullException.ThrowIfNull(operational);
        var text = new StringBuilder();
        Section(text, "Strategic messages", strategic.Select(m => $"Message {m.Message} {m.Title}: version {m.Version} for you, delivered {m.DeliveredAt.UtcDateTime:yyyy-MM-dd}, to acknowledge in your own words"));
        Section(text, "Check-ins due", work.CheckIns.Select(c => $"{c.Id} {c.Title} (due {c.DueOn:yyyy-MM-dd}{(c.Overdue ? ", overdue" : "")})"));
        Section(text, "Actions due", work.Actions.Select(a => $"{a.Id} {a.Title} (due {a.Due:yyyy-MM-dd}{(a.Overdue ? ", overdue" : "")})"));
        Section(text, "Yours at risk", work.AtRisk.Select(a => $"{a.Kind} {a.Id} {a.Title}: {a.Status}, {Percent(a.Progress)}"));
        var due = text.Length > 0;
        var updates = operational.Select(u => $"{u.Title} (to {u.Unit}, {u.DeliveredAt.UtcDateTime:yyyy-MM-dd})").ToList();
        Section(text, "Operational updates", updates.Count > OperationalUpdates ? [.. updates.Take(OperationalUpdates), $"and {updates.Count - OperationalUpdates} more"] : updates);
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
