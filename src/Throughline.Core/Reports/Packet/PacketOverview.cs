using System.Globalization;

namespace Throughline.Core.Reports.Packet;

/// <summary>The packet's opening pages: the cover, the contents, the vision and the goals.</summary>
internal static class PacketOverview
{
    public static void Cover(Html html, ReviewPacket packet)
    {
        var report = packet.Report;
        var quarter = packet.Quarter;
        var risks = report.Risks.Count;
        var wins = packet.Wins.KeyResultsDone.Count + packet.Wins.InitiativesDone.Count + packet.Wins.Gains.Count + packet.Wins.GainsNotShown;
        html.Line("<header class=\"cover\" id=\"cover\">")
            .Line("<p class=\"eyebrow\">Quarterly review packet</p>")
            .Line($"<h1>{Html.Encode(report.Organization)}</h1>")
            .Line($"<p class=\"quarter\">{quarter.Label} · {Figures.Date(quarter.Start)} to {Figures.Date(quarter.End)}</p>")
            .Line("<dl>")
            .Line($"<dt>As of</dt><dd><time datetime=\"{Figures.Date(report.AsOf)}\">{Figures.Date(report.AsOf)}</time></dd>");
        if (report.Source is not null)
        {
            html.Line($"<dt>Plan</dt><dd><code>{Html.Encode(report.Source)}</code></dd>");
        }

        html.Line($"<dt>Overall progress</dt><dd>{PacketStatus.Progress(report.Scores.OverallProgress, report.Scores.OverallStatus)}</dd>")
            .Line($"<dt>Wins</dt><dd>{Count(wins)}</dd>")
            .Line($"<dt>Risks</dt><dd>{Count(risks)} key results off track or at risk{(risks == RiskList.Limit ? " (the first ten)" : "")}</dd>")
            .Line($"<dt>Decisions needed</dt><dd>{Count(packet.Decisions.Count)}</dd>")
            .Line("</dl>")
            .Line("</header>");
    }

    public static void Contents(Html html)
    {
        html.Line("<nav class=\"contents\" id=\"contents\" aria-label=\"Contents\">").Line("<h2>Contents</h2>").Line("<ol>");
        foreach (var (id, title) in PacketWriter.Sections)
        {
            html.Line($"<li><a href=\"#{id}\">{title}</a></li>");
        }

        html.Line("</ol>").Line("</nav>");
    }

    public static void Vision(Html html, VisionSection? vision)
    {
        html.Line("<section id=\"vision\">").Line("<h2>Vision</h2>");
        if (vision is null)
        {
            html.Line("<p class=\"empty\">The plan states no vision.</p>").Line("</section>");
            return;
        }

        html.Line($"<p class=\"statement\">{Html.Encode(vision.Statement)}</p>");
        if (vision.Purpose is not null)
        {
            html.Line($"<p><strong>Why it matters.</strong> {Html.Encode(vision.Purpose)}</p>");
        }

        html.Line($"<p>Horizon {Figures.Date(vision.Horizon)} · progress {PacketStatus.Progress(vision.Progress, vision.Status)}</p>")
            .Line("<h3>Success measures</h3>");
        if (vision.SuccessMeasures.Count == 0)
        {
            html.Line("<p class=\"empty\">None: nothing says what success looks like, measured.</p>");
        }
        else
        {
            html.Table(
                ["Measure", "Standing", "Progress", "Status", "Forecast"],
                vision.SuccessMeasures.Select(m => (IReadOnlyList<string>)
                [
                    $"<span class=\"id\">{Html.Encode(m.Id)}</span>{Html.Encode(m.Title)}",
                    Html.Encode(Figures.Standing(m)),
                    Figures.Percent(m.Progress),
                    PacketStatus.Html(m.Status),
                    Html.Encode(Figures.Forecast(m)),
                ]),
                new HashSet<int> { 2 });
        }

        html.Line("</section>");
    }

    public static void Goals(Html html, IReadOnlyList<GoalNode> goals)
    {
        html.Line("<section id=\"goals\">")
            .Line("<h2>Goals</h2>")
            .Line("<p class=\"lead\">Each goal's progress is rolled up from the objectives that contribute to it, by their weights.</p>");
        if (goals.Count == 0)
        {
            html.Line("<p class=\"empty\">The plan has no goals.</p>").Line("</section>");
            return;
        }

        html.Table(
            ["Goal", "Objectives", "Owner", "Priority", "Progress", "Status"],
            goals.Select(g => (IReadOnlyList<string>)
            [
                $"<span class=\"id\">{Html.Encode(g.Id)}</span>{Html.Encode(g.Title)}",
                g.Objectives.Count == 0 ? "none" : Html.Encode(string.Join(", ", g.Objectives.Select(o => o.Id))),
                Html.Encode(g.Owner ?? "-"),
                g.Priority?.ToString(CultureInfo.InvariantCulture) ?? "-",
                Figures.Percent(g.Progress),
                PacketStatus.Html(g.Status),
            ]),
            new HashSet<int> { 3, 4 });
        html.Line("</section>");
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
