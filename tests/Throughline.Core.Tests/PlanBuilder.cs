using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Tests;

/// <summary>
/// Builds small plans in code for engine and rule tests. Every method returns the builder, and the
/// element it adds can be adjusted through the optional <c>configure</c> callback.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly Plan plan = new() { Organization = new Organization { Name = "Test Org" } };

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A location in a pretend plan file, for tests of what the reader would have filled in.</summary>
    public static SourceLocation Line(int line, int column = 1) => new("test.plan.yaml", line, column);

    public PlanBuilder Vision(string statement, string? horizon = "2030-12-31", Action<Vision>? configure = null)
    {
        plan.Vision = new Vision { Statement = statement, Horizon = horizon is null ? null : Day(horizon) };
        configure?.Invoke(plan.Vision);
        return this;
    }

    public PlanBuilder SuccessMeasure(string id, double baseline, double target, Action<KeyResult>? configure = null)
    {
        plan.Vision ??= new Vision { Statement = "A vision", Horizon = Day("2030-12-31") };
        var kr = new KeyResult { Id = id, Title = id, Baseline = baseline, Target = target };
        configure?.Invoke(kr);
        plan.Vision.Success.Add(kr);
        return this;
    }

    public PlanBuilder Unit(string id, string? parent = null, Action<Unit>? configure = null)
    {
        var unit = new Unit { Id = id, Name = id, Parent = parent };
        configure?.Invoke(unit);
        plan.Organization.Units.Add(unit);
        return this;
    }

    public PlanBuilder Person(string id, string? unit = null, Action<Person>? configure = null)
    {
        var person = new Person { Id = id, Name = id, Unit = unit };
        configure?.Invoke(person);
        plan.Organization.People.Add(person);
        return this;
    }

    public PlanBuilder Goal(string id, Action<Goal>? configure = null)
    {
        var goal = new Goal { Id = id, Title = $"Goal {id} of the test organization", Owner = "owner" };
        configure?.Invoke(goal);
        plan.Goals.Add(goal);
        return this;
    }

    /// <summary>Adds an objective contributing to the given goals or objectives (weight 1 each), running through 2026.</summary>
    public PlanBuilder Objective(string id, string[] contributesTo, Action<Objective>? configure = null)
    {
        var objective = new Objective
        {
            Id = id,
            Title = $"Cut delivery time for objective {id} to 3 days",
            Owner = "owner",
            Start = Day("2026-01-01"),
            Due = Day("2026-12-31"),
            ContributesTo = contributesTo.Select(parent => new Contribution { Id = parent }).ToList(),
        };
        configure?.Invoke(objective);
        plan.Objectives.Add(objective);
        return this;
    }

    /// <summary>Adds a key result to an existing objective; check-ins are (date, value) pairs.</summary>
    public PlanBuilder KeyResult(
        string objectiveId, string id, double baseline, double target,
        (string Date, double Value)[]? checkIns = null, Action<KeyResult>? configure = null)
    {
        var kr = new KeyResult
        {
            Id = id,
            Title = $"Key result {id}",
            Baseline = baseline,
            Target = target,
            Unit = "units",
            CheckIns = (checkIns ?? []).Select(c => new CheckIn { Date = Day(c.Date), Value = c.Value }).ToList(),
        };
        configure?.Invoke(kr);
        plan.Objectives.Single(o => o.Id == objectiveId).KeyResults.Add(kr);
        return this;
    }

    /// <summary>Adds a check-in, with an optional confidence, to an existing key result or success measure.</summary>
    public PlanBuilder CheckIn(string keyResultId, string date, double value, double? confidence = null)
    {
        var kr = plan.Objectives.SelectMany(o => o.KeyResults)
            .Concat(plan.Vision?.Success ?? [])
            .Single(k => k.Id == keyResultId);
        kr.CheckIns.Add(new CheckIn { Date = Day(date), Value = value, Confidence = confidence });
        return this;
    }

    public PlanBuilder Initiative(string id, string[] supports, Action<Initiative>? configure = null)
    {
        var initiative = new Initiative
        {
            Id = id,
            Title = $"Initiative {id}",
            Supports = [.. supports],
            Owner = "owner",
            Status = InitiativeStatus.Active,
        };
        configure?.Invoke(initiative);
        plan.Initiatives.Add(initiative);
        return this;
    }

    public PlanBuilder Action(string id, string? initiative, Action<PlanAction>? configure = null)
    {
        var action = new PlanAction { Id = id, Title = $"Action {id}", Initiative = initiative, Owner = "owner" };
        configure?.Invoke(action);
        plan.Actions.Add(action);
        return this;
    }

    public PlanBuilder Rule(string ruleId, bool enabled = true, Severity? severity = null, Dictionary<string, double>? parameters = null)
    {
        plan.Rules.Add(new RuleSetting { RuleId = ruleId, Enabled = enabled, Severity = severity, Parameters = parameters ?? [] });
        return this;
    }

    public Plan Build()
    {
        if (!plan.Organization.People.Any(p => p.Id == "owner"))
        {
            plan.Organization.People.Add(new Person { Id = "owner", Name = "Owner" });
        }

        return plan;
    }

    public AnalysisResult Analyze(string asOf) => Analyzer.Analyze(Build(), Day(asOf));
}
