using System.Globalization;
using Throughline.Core.Model;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

public sealed partial class PlanRows
{
    /// <summary>The rows of a plan, every one with version 1; <see cref="PlanDiff"/> carries versions over.</summary>
    public static PlanRows FromPlan(Guid organizationId, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var org = organizationId;
        var rows = new PlanRows
        {
            Settings = new PlanSettingsRow
            {
                OrganizationId = org,
                FormatVersion = plan.Version,
                OrganizationName = plan.Organization.Name,
                MaxInitiatives = plan.Organization.MaxInitiatives,
                OrganizationExtensions = ExtensionJson.Write(plan.Organization.Extensions),
                Extensions = ExtensionJson.Write(plan.Extensions),
            },
        };
        foreach (var (unit, i) in plan.Organization.Units.Select((u, i) => (u, i)))
        {
            rows.Units.Add(Element(new UnitRow { Id = unit.Id, Name = unit.Name, Parent = unit.Parent, Capacity = unit.Capacity, MaxInitiatives = unit.MaxInitiatives }, org, i, unit));
            rows.UnitMembers.AddRange(Links<UnitMemberRow>(org, unit.Id, unit.Members));
        }

        foreach (var (person, i) in plan.Organization.People.Select((p, i) => (p, i)))
        {
            rows.People.Add(Element(new PersonRow
            {
                Id = person.Id,
                Name = person.Name,
                Unit = person.Unit,
                Level = Text(person.Level),
                Manager = person.Manager,
                Email = person.Email,
            }, org, i, person));
        }

        if (plan.Vision is { } vision)
        {
            rows.Vision = Element(new VisionRow { Statement = vision.Statement, Purpose = vision.Purpose, Horizon = vision.Horizon }, org, 0, vision);
            AddKeyResults(rows, org, null, vision.Success);
        }

        foreach (var (value, i) in plan.Values.Select((v, i) => (v, i)))
        {
            rows.Values.Add(Element(new ValueRow { Name = value.Name, Description = value.Description }, org, i, value));
        }

        foreach (var (swot, i) in plan.Swot.Select((s, i) => (s, i)))
        {
            rows.Swot.Add(Element(new SwotRow { Id = swot.Id, Kind = swot.Kind.ToString(), Text = swot.Text }, org, i, swot));
        }

        foreach (var (goal, i) in plan.Goals.Select((g, i) => (g, i)))
        {
            rows.Goals.Add(Element(new GoalRow
            {
                Id = goal.Id,
                Title = goal.Title,
                Description = goal.Description,
                Area = goal.Area,
                Owner = goal.Owner,
                Horizon = goal.Horizon,
                Priority = goal.Priority,
                Weight = goal.Weight,
                Urgent = goal.Urgent,
                CrossCutting = goal.CrossCutting,
            }, org, i, goal));
            rows.GoalSwot.AddRange(Links<GoalSwotRow>(org, goal.Id, goal.Swot));
        }

        foreach (var (objective, i) in plan.Objectives.Select((o, i) => (o, i)))
        {
            rows.Objectives.Add(Element(new ObjectiveRow
            {
                Id = objective.Id,
                Title = objective.Title,
                Description = objective.Description,
                Owner = objective.Owner,
                Unit = objective.Unit,
                Start = objective.Start,
                Due = objective.Due,
                Priority = objective.Priority,
                Urgent = objective.Urgent,
            }, org, i, objective));
            foreach (var (contribution, c) in objective.ContributesTo.Select((c, n) => (c, n)))
            {
                rows.Contributions.Add(Element(new ContributionRow { ParentId = objective.Id, TargetId = contribution.Id, Weight = contribution.Weight }, org, c, contribution));
            }

            AddKeyResults(rows, org, objective.Id, objective.KeyResults);
        }

        AddExecution(rows, org, plan);
        return rows;
    }

    private static void AddExecution(PlanRows rows, Guid org, Plan plan)
    {
        foreach (var (initiative, i) in plan.Initiatives.Select((x, i) => (x, i)))
        {
            rows.Initiatives.Add(Element(new InitiativeRow
            {
                Id = initiative.Id,
                Title = initiative.Title,
                Description = initiative.Description,
                Unit = initiative.Unit,
                Owner = initiative.Owner,
                Start = initiative.Start,
                End = initiative.End,
                Effort = initiative.Effort,
                Status = Text(initiative.Status),
                Stage = Text(initiative.Stage),
                Priority = initiative.Priority,
                Urgent = initiative.Urgent,
            }, org, i, initiative));
            rows.Dependencies.AddRange(Links<InitiativeDependencyRow>(org, initiative.Id, initiative.DependsOn));
            rows.InitiativeSupports.AddRange(Links<InitiativeSupportRow>(org, initiative.Id, initiative.Supports));
            rows.Scores.AddRange(initiative.Scores.Select((score, n) => new InitiativeScoreRow
            {
                OrganizationId = org,
                InitiativeId = initiative.Id,
                Ordinal = n,
                CriterionId = score.Key,
                Score = score.Value,
            }));
        }

        foreach (var (action, i) in plan.Actions.Select((x, i) => (x, i)))
        {
            rows.Actions.Add(Element(new ActionRow
            {
                Id = action.Id,
                Title = action.Title,
                Initiative = action.Initiative,
                Owner = action.Owner,
                Due = action.Due,
                Done = action.Done,
                Effort = action.Effort,
            }, org, i, action));
            rows.ActionSupports.AddRange(Links<ActionSupportRow>(org, action.Id, action.Supports));
        }

        foreach (var (criterion, i) in plan.Criteria.Select((x, i) => (x, i)))
        {
            rows.Criteria.Add(Element(new CriterionRow { Id = criterion.Id, Name = criterion.Name, Weight = criterion.Weight, Better = criterion.Better.ToString() }, org, i, criterion));
        }

        foreach (var (rule, i) in plan.Rules.Select((x, i) => (x, i)))
        {
            rows.Rules.Add(Element(new RuleSettingRow { Id = rule.RuleId, Enabled = rule.Enabled, Severity = Text(rule.Severity) }, org, i, rule));
            rows.RuleParameters.AddRange(rule.Parameters.Select((parameter, n) => new RuleParameterRow
            {
                OrganizationId = org,
                RuleId = rule.RuleId,
                Ordinal = n,
                Name = parameter.Key,
                Value = parameter.Value,
            }));
        }
    }

    private static void AddKeyResults(PlanRows rows, Guid org, string? objectiveId, List<KeyResult> keyResults)
    {
        foreach (var (kr, i) in keyResults.Select((k, i) => (k, i)))
        {
            rows.KeyResults.Add(Element(new KeyResultRow
            {
                Id = kr.Id,
                ObjectiveId = objectiveId,
                Title = kr.Title,
                Baseline = kr.Baseline,
                Target = kr.Target,
                Unit = kr.Unit,
                Direction = Text(kr.Direction),
                RangeLow = kr.Range?.Low,
                RangeHigh = kr.Range?.High,
                Weight = kr.Weight,
                Cadence = Text(kr.Cadence),
                Owner = kr.Owner,
                Metric = kr.Metric,
            }, org, i, kr));
            foreach (var (checkIn, c) in kr.CheckIns.Select((c, n) => (c, n)))
            {
                rows.CheckIns.Add(Element(new CheckInRow
                {
                    ParentId = kr.Id,
                    Date = checkIn.Date,
                    Value = checkIn.Value,
                    Confidence = checkIn.Confidence,
                    By = checkIn.By,
                    Note = checkIn.Note,
                }, org, c, checkIn));
            }
        }
    }

    private static TRow Element<TRow>(TRow row, Guid org, int ordinal, PlanElement element)
        where TRow : PlanRow
    {
        row.OrganizationId = org;
        row.Ordinal = ordinal;
        row.Extensions = ExtensionJson.Write(element.Extensions);
        return row;
    }

    private static IEnumerable<TRow> Links<TRow>(Guid org, string parentId, List<string> targets)
        where TRow : LinkRow, new() =>
        targets.Select((target, n) => new TRow { OrganizationId = org, ParentId = parentId, Ordinal = n, TargetId = target });

    private static string? Text<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
}
