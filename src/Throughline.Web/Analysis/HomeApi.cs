using Microsoft.AspNetCore.Http.HttpResults;
using Throughline.Core.Analysis;
using Throughline.Core.Findings;
using Throughline.Core.Model;
using Throughline.Web.Items;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;

namespace Throughline.Web.Analysis;

public sealed record HomeVision(string Statement, string? Purpose, DateOnly? Horizon, double Progress, string Status);

public sealed record HomeGoal(string Id, string Title, string? Owner, string? Area, int? Priority, double Progress, string Status, int Objectives);

public sealed record HomeScores(double? LineOfSightCoverage, double? ExecutionCoverage, double OverallProgress);

public sealed record HomeResponse(
    string Organization,
    DateOnly AsOf,
    HomeVision? Vision,
    IReadOnlyList<HomeGoal> Goals,
    HomeScores Scores,
    IReadOnlyDictionary<string, int> FindingsBySeverity,
    IReadOnlyList<FindingResponse> TopFindings);

/// <summary><c>GET …/home</c>: what the home page shows — the vision, goals with rolled-up progress, the scores and the findings that matter most.</summary>
public static class HomeApi
{
    /// <summary>The home page shows the few findings to act on this week, not the whole list.</summary>
    public const int TopFindingCount = 5;

    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder app)
    {
        app.MapOrganizationGroup("/home", "Analysis")
            .MapGet("/", HomeAsync)
            .WithSummary("The vision, every goal with its rolled-up progress and status, the scores and the most severe findings: the home dashboard in one call.");
        return app;
    }

    private static async Task<Results<Ok<HomeResponse>, ValidationProblem>> HomeAsync(HttpContext http, string? asOf, PlanCache cache, TimeProvider time)
    {
        if (!ApiProblems.TryParseAsOf(asOf, AnalysisApi.Today(time), out var date, out var problem))
        {
            return problem!;
        }

        var access = http.Access();
        var state = await cache.GetAsync(access.OrganizationId);
        return TypedResults.Ok(state.Read(date, view => Build(access, view, date)));
    }

    internal static HomeResponse Build(OrganizationAccess access, OrganizationView view, DateOnly date)
    {
        var result = view.Result;
        var plan = result.Plan;
        var vision = plan.Vision is { } v
            ? new HomeVision(v.Statement, v.Purpose, v.Horizon, result.Vision.Progress, result.Vision.Status.Key())
            : null;
        var objectivesPerGoal = new int[plan.Goals.Count];
        var goalIndex = new Dictionary<string, int>(plan.Goals.Count, StringComparer.Ordinal);
        for (var g = 0; g < plan.Goals.Count; g++)
        {
            goalIndex[plan.Goals[g].Id] = g;
        }

        var hidden = Permissions.Hidden(access, view);
        foreach (var objective in plan.Objectives)
        {
            if (hidden.Contains(objective.Id))
            {
                continue;
            }

            foreach (var link in objective.ContributesTo)
            {
                if (goalIndex.TryGetValue(link.Id, out var g))
                {
                    objectivesPerGoal[g]++;
                }
            }
        }

        var goals = new List<HomeGoal>(plan.Goals.Count);
        for (var g = 0; g < plan.Goals.Count; g++)
        {
            var goal = plan.Goals[g];
            var goalState = result.Goal(g);
            goals.Add(new HomeGoal(goal.Id, goal.Title, goal.Owner, goal.Area, goal.Priority, goalState.Progress, goalState.Status.Key(), objectivesPerGoal[g]));
        }

        var bySeverity = new Dictionary<string, int>(StringComparer.Ordinal) { ["error"] = 0, ["warning"] = 0, ["info"] = 0 };
        var top = new List<Finding>(TopFindingCount + 1);
        foreach (var finding in result.Findings)
        {
            if (Permissions.Conceals(hidden, finding))
            {
                continue;
            }

            bySeverity[finding.Severity.Name()]++;
            KeepMostSevere(top, finding);
        }

        var scores = result.Scores;
        return new HomeResponse(
            access.Slug,
            date,
            vision,
            goals,
            new HomeScores(scores.LineOfSightCoverage, scores.ExecutionCoverage, scores.OverallProgress),
            bySeverity,
            [.. top.Select(FindingResponse.From)]);
    }

    /// <summary>
    /// Keeps the <see cref="TopFindingCount"/> most severe findings seen so far, in the analysis's own order
    /// among equals, in one pass without sorting the whole list.
    /// </summary>
    private static void KeepMostSevere(List<Finding> top, Finding finding)
    {
        if (top.Count == TopFindingCount && finding.Severity <= top[^1].Severity)
        {
            return;
        }

        var at = top.Count;
        while (at > 0 && top[at - 1].Severity < finding.Severity)
        {
            at--;
        }

        top.Insert(at, finding);
        if (top.Count > TopFindingCount)
        {
            top.RemoveAt(top.Count - 1);
        }
    }
}
