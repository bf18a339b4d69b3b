using System.Globalization;
using Throughline.Core.Analysis;

namespace Throughline.Core.Heart;

/// <summary>
/// Computes the HEART index (Hope, Empowerment, Accountability, Results, Trust) of every unit from the
/// behaviour an analysed plan shows and from optional pulse-survey and message-comprehension inputs
/// (docs/heart.md).
/// </summary>
public static class HeartIndex
{
    private static readonly HeartDimension[] Dimensions = Enum.GetValues<HeartDimension>();

    public static HeartReport Compute(AnalysisResult result, HeartInputs? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        inputs ??= new HeartInputs();
        inputs.Validate();

        var graph = result.Graph;
        var units = graph.Plan.Organization.Units;
        var behaviour = UnitBehaviour.Measure(result);
        var people = PeopleOf(graph);
        var survey = inputs.Survey.ToDictionary(g => (g.UnitId, g.Dimension));

        var own = new (double? Value, IReadOnlyList<HeartPart> Parts)[units.Count, Dimensions.Length];
        for (var u = 0; u < units.Count; u++)
        {
            foreach (var dimension in Dimensions)
            {
                var messages = (inputs.Comprehension.TryGetValue(units[u].Id, out var c) ? c : (double?)null,
                    inputs.Acknowledged.TryGetValue(units[u].Id, out var a) ? a : (double?)null);
                var parts = Behaviour(dimension, behaviour, u, messages);
                var (surveyValue, surveyPart) = Survey(survey.GetValueOrDefault((units[u].Id, dimension)));
                parts.Add(surveyPart);
                var behaviourValue = Mean(parts.Take(parts.Count - 1).Select(p => p.Value));
                own[u, (int)dimension] = (Combine(behaviourValue, surveyValue), parts);
            }
        }

        // Roll up children first: a unit's value is the people-weighted mean of its own and its descendants' known values.
        var sum = new double[units.Count, Dimensions.Length];
        var weight = new double[units.Count, Dimensions.Length];
        foreach (var u in graph.UnitsChildrenFirst)
        {
            var w = Math.Max(1, people[u]);
            foreach (var dimension in Dimensions)
            {
                var d = (int)dimension;
                if (own[u, d].Value is { } value)
                {
                    sum[u, d] += w * value;
                    weight[u, d] += w;
                }

                if (graph.UnitParent[u] is var parent && parent >= 0)
                {
                    sum[parent, d] += sum[u, d];
                    weight[parent, d] += weight[u, d];
                }
            }
        }

        var hearts = new List<UnitHeart>(units.Count);
        for (var u = 0; u < units.Count; u++)
        {
            var values = Dimensions.Select(dimension =>
            {
                var d = (int)dimension;
                double? rolled = weight[u, d] > 0 ? sum[u, d] / weight[u, d] : null;
                return new HeartValue(dimension, own[u, d].Value, rolled, own[u, d].Parts);
            }).ToList();
            var parentId = graph.UnitParent[u] >= 0 ? units[graph.UnitParent[u]].Id : null;
            hearts.Add(new UnitHeart(units[u].Id, units[u].Name, parentId, graph.UnitDepth[u], people[u], values));
        }

        return new HeartReport(result.AsOf, hearts);
    }

    /// <summary>Survey and behaviour count equally where both are known; either alone stands for the dimension.</summary>
    internal static double? Combine(double? behaviour, double? survey) => (behaviour, survey) switch
    {
        ({ } b, { } s) => (b + s) / 2,
        _ => behaviour ?? survey,
    };

    private static List<HeartPart> Behaviour(HeartDimension dimension, UnitBehaviour b, int u, (double? Understood, double? Acknowledged) messages) => dimension switch
    {
        HeartDimension.Accountability =>
        [
            Share("on-time check-ins", b.OnTimeKeyResults[u], b.RunningKeyResults[u], "running key results checked in within their cadence", "no running key results"),
            Share("owner coverage", b.OwnedItems[u], b.Items[u], "objectives, open initiatives and open actions with an owner", "no objectives, open initiatives or open actions"),
        ],
        HeartDimension.Results =>
        [
            b.PlanWeight[u] > 0
                ? new HeartPart("progress against plan", b.PlanScore[u] / b.PlanWeight[u], $"key results' progress against time elapsed, weighted over {Number(b.PlanWeight[u])}")
                : new HeartPart("progress against plan", null, "unknown: no measurable key result has begun"),
        ],
        HeartDimension.Empowerment =>
        [
            Share("work owned below the executive level", b.WorkBelowExecutive[u], b.LevelledWork[u], "initiatives and actions owned by managers or frontline staff", "no initiatives or actions whose owner has a level"),
        ],
        HeartDimension.Trust =>
        [
            messages.Understood is { } understood
                ? new HeartPart("message comprehension", understood, "share of strategic messages understood")
                : new HeartPart("message comprehension", null, "not measured"),
            messages.Acknowledged is { } acknowledged
                ? new HeartPart("messages acknowledged", acknowledged, "share of strategic messages delivered that were acknowledged")
                : new HeartPart("messages acknowledged", null, "not measured"),
        ],
        _ => [],
    };

    private static (double? Value, HeartPart Part) Survey(PulseSurveyGroup? group)
    {
        if (group is null)
        {
            return (null, new HeartPart("pulse survey", null, "no answers"));
        }

        if (group.Respondents < HeartInputs.AnonymityThreshold)
        {
            // Neither the average nor the count of a small group is shown: both could single people out.
            return (null, new HeartPart("pulse survey", null, $"withheld: fewer than {HeartInputs.AnonymityThreshold} respondents"));
        }

        var value = (group.Average - 1) / 4;
        return (value, new HeartPart("pulse survey", value, $"average {Number(group.Average)} of 5 from {group.Respondents} respondents"));
    }

    private static HeartPart Share(string name, int count, int of, string what, string none) =>
        of > 0 ? new HeartPart(name, (double)count / of, $"{count} of {of} {what}") : new HeartPart(name, null, "unknown: " + none);

    private static double? Mean(IEnumerable<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return known.Count == 0 ? null : known.Average();
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The people of each unit: those whose home unit it is and its other <c>members</c>, each once.</summary>
    private static int[] PeopleOf(PlanGraph graph)
    {
        var plan = graph.Plan;
        var people = new int[graph.UnitCount];
        foreach (var u in graph.PersonUnit)
        {
            if (u >= 0)
            {
                people[u]++;
            }
        }

        var personIndex = PlanGraphBuilder.IndexById(plan.Organization.People);
        for (var u = 0; u < graph.UnitCount; u++)
        {
            foreach (var id in plan.Organization.Units[u].Members.Distinct(StringComparer.Ordinal))
            {
                if (personIndex.TryGetValue(id, out var p) && graph.PersonUnit[p] != u)
                {
                    people[u]++;
                }
            }
        }

        return people;
    }
}
