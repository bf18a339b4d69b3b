using System.Text;
using Throughline.Core.Analysis;
using Throughline.Web.Analysis;
using Throughline.Web.Pages.Org;

namespace Throughline.Web.Notifications;

/// <summary>A question for the weekly alignment check-ins of every unit of a department.</summary>
public sealed record OpenQuestion(string Department, string Text);

/// <summary>
/// Open questions the units should discuss at their weekly alignment check-in, beside what the analysis finds:
/// read once a tick for each organization. The server registers
/// <see cref="Messages.RestatementQuestions"/>; an agenda without questions leaves the section out.
/// </summary>
public interface IOpenQuestions
{
    Task<IReadOnlyList<OpenQuestion>> ForAsync(Guid organizationId, CancellationToken cancellationToken);
}

/// <summary>The text of a unit's weekly alignment check-in agenda: its items at risk, stale check-ins, findings and open questions.</summary>
public static class UnitAgenda
{
    public static string Build(OrganizationView view, string unitId, DateOnly date, IReadOnlyList<string> openQuestions)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(openQuestions);
        var plan = view.Plan;
        var result = view.Result;
        var graph = result.Graph;
        var subjects = new HashSet<string>(StringComparer.Ordinal) { unitId };
        var atRisk = new List<string>();
        for (var o = 0; o < plan.Objectives.Count; o++)
        {
            var objective = plan.Objectives[o];
            if (objective.Unit != unitId)
            {
                continue;
            }

            subjects.Add(objective.Id);
            var state = result.Objective(o);
            if (state.Status is ProgressStatus.AtRisk or ProgressStatus.OffTrack)
            {
                atRisk.Add($"Objective {objective.Id} {objective.Title}: {state.Status.Key()}, {Digests.Percent(state.Progress)}");
            }
        }

        var stale = new List<string>();
        for (var k = 0; k < graph.KeyResultCount; k++)
        {
            var keyResult = graph.KeyResult(k);
            if (graph.ObjectiveOf(k) is not { } objective || !subjects.Contains(objective.Id))
            {
                continue;
            }

            subjects.Add(keyResult.Id);
            var forecast = result.KeyResult(k);
            if (forecast.Status is ProgressStatus.AtRisk or ProgressStatus.OffTrack)
            {
                atRisk.Add($"Key result {keyResult.Id} {keyResult.Title}: {forecast.Status.Key()}, {Digests.Percent(forecast.Progress)}");
            }

            if (MyWork.DueOn(forecast, keyResult.Cadence, date) is { } due)
            {
                stale.Add($"{keyResult.Id} {keyResult.Title}: a check-in fell due on {due:yyyy-MM-dd}");
            }
        }

        var text = new StringBuilder();
        Digests.Section(text, "At risk", atRisk);
        Digests.Section(text, "Stale check-ins", stale);
        Digests.Section(text, "Unresolved findings", result.Findings.Where(f => subjects.Contains(f.SubjectId)).Select(f => $"{f.RuleId} on {f.SubjectId}: {f.Message}"));
        Digests.Section(text, "Open questions", openQuestions);
        return text.Length == 0 ? "Nothing at risk, no stale check-ins, no findings." : text.ToString().TrimEnd();
    }
}
