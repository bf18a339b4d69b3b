using Throughline.Core.Model;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

public sealed partial class PlanRows
{
    /// <summary>The Core plan these rows hold; an organization without a plan gives an empty plan named after it.</summary>
    public Plan ToPlan(string organizationName)
    {
        var checkIns = CheckIns.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        return ToPlan(organizationName, keyResult => [.. checkIns[keyResult].Select(ToCheckIn)]);
    }

    /// <summary>The Core plan these rows hold, with each key result's check-ins from <paramref name="checkInsOf"/> instead of <see cref="CheckIns"/>.</summary>
    public Plan ToPlan(string organizationName, Func<string, List<CheckIn>> checkInsOf)
    {
        var members = ByParent(UnitMembers);
        var swotLinks = ByParent(GoalSwot);
        var contributions = Contributions.ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var keyResults = KeyResults.ToLookup(r => r.ObjectiveId ?? "", StringComparer.Ordinal);
        var dependencies = ByParent(Dependencies);
        var initiativeSupports = ByParent(InitiativeSupports);
        var scores = Scores.ToLookup(r => r.InitiativeId, StringComparer.Ordinal);
        var actionSupports = ByParent(ActionSupports);
        var parameters = RuleParameters.ToLookup(r => r.RuleId, StringComparer.Ordinal);

        var plan = new Plan
        {
            Version = Settings?.FormatVersion ?? Plan.CurrentVersion,
            Extensions = ExtensionJson.Read(Settings?.Extensions),
            Organization = new Organization
            {
                Name = Settings?.OrganizationName ?? organizationName,
                MaxInitiatives = Settings?.MaxInitiatives,
                Extensions = ExtensionJson.Read(Settings?.OrganizationExtensions),
                Units = [.. Units.Select(r => With(new Unit
                {
                    Id = r.Id, Name = r.Name, Parent = r.Parent, Capacity = r.Capacity, MaxInitiatives = r.MaxInitiatives, Members = Ids(members, r.Id),
                }, r))],
                People = [.. People.Select(r => With(new Person
                {
                    Id = r.Id, Name = r.Name, Unit = r.Unit, Level = Parse<PersonLevel>(r.Level), Manager = r.Manager, Email = r.Email,
                }, r))],
            },
            Vision = Vision is { } v
                ? With(new Vision { Statement = v.Statement, Purpose = v.Purpose, Horizon = v.Horizon, Success = ToKeyResults(keyResults[""], checkInsOf) }, v)
                : null,
            Values = [.. Values.Select(r => With(new ValueStatement { Name = r.Name, Description = r.Description }, r))],
            Swot = [.. Swot.Select(r => With(new SwotItem { Id = r.Id, Kind = Enum.Parse<SwotKind>(r.Kind), Text = r.Text }, r))],
            Goals = [.. Goals.Select(r => With(new Goal
            {
                Id = r.Id, Title = r.Title, Description = r.Description, Area = r.Area, Owner = r.Owner, Horizon = r.Horizon, Priority = r.Priority,
                Weight = r.Weight, Urgent = r.Urgent, CrossCutting = r.CrossCutting, Swot = Ids(swotLinks, r.Id),
            }, r))],
            Objectives = [.. Objectives.Select(r => With(new Objective
            {
                Id = r.Id, Title = r.Title, Description = r.Description, Owner = r.Owner, Unit = r.Unit, Start = r.Start, Due = r.Due,
                Priority = r.Priority, Urgent = r.Urgent,
                ContributesTo = [.. contributions[r.Id].Select(c => With(new Contribution { Id = c.TargetId, Weight = c.Weight }, c))],
                KeyResults = ToKeyResults(keyResults[r.Id], checkInsOf),
            }, r))],
            Initiatives = [.. Initiatives.Select(r => With(new Initiative
            {
                Id = r.Id, Title = r.Title, Description = r.Description, Unit = r.Unit, Owner = r.Owner, Start = r.Start, End = r.End, Effort = r.Effort,
                Status = Parse<InitiativeStatus>(r.Status), Stage = Parse<ChangeStage>(r.Stage), Priority = r.Priority, Urgent = r.Urgent,
                DependsOn = Ids(dependencies, r.Id), Supports = Ids(initiativeSupports, r.Id),
                Scores = scores[r.Id].ToDictionary(s => s.CriterionId, s => s.Score, StringComparer.Ordinal),
            }, r))],
            Actions = [.. Actions.Select(r => With(new PlanAction
            {
                Id = r.Id, Title = r.Title, Initiative = r.Initiative, Owner = r.Owner, Due = r.Due, Done = r.Done, Effort = r.Effort,
                Supports = Ids(actionSupports, r.Id),
            }, r))],
            Criteria = [.. Criteria.Select(r => With(new DecisionCriterion
            {
                Id = r.Id, Name = r.Name, Weight = r.Weight, Better = Enum.Parse<CriterionPreference>(r.Better),
            }, r))],
            Rules = [.. Rules.Select(r => With(new RuleSetting
            {
                RuleId = r.Id, Enabled = r.Enabled, Severity = Parse<Severity>(r.Severity),
                Parameters = parameters[r.Id].ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
            }, r))],
        };
        return plan;
    }

    /// <summary>The check-in a row holds.</summary>
    public static CheckIn ToCheckIn(CheckInRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return With(new CheckIn { Date = row.Date, Value = row.Value, Confidence = row.Confidence, By = row.By, Note = row.Note }, row);
    }

    private static List<KeyResult> ToKeyResults(IEnumerable<KeyResultRow> rows, Func<string, List<CheckIn>> checkInsOf) =>
    [
        .. rows.Select(r => With(new KeyResult
        {
            Id = r.Id, Title = r.Title, Baseline = r.Baseline, Target = r.Target, Unit = r.Unit, Direction = Parse<Direction>(r.Direction),
            Range = r is { RangeLow: { } low, RangeHigh: { } high } ? new ValueRange(low, high) : null,
            Weight = r.Weight, Cadence = Parse<Cadence>(r.Cadence), Owner = r.Owner, Metric = r.Metric,
            CheckIns = checkInsOf(r.Id),
        }, r)),
    ];

    private static TElement With<TElement>(TElement element, PlanRow row)
        where TElement : PlanElement
    {
        element.Extensions = ExtensionJson.Read(row.Extensions);
        return element;
    }

    private static ILookup<string, string> ByParent<TRow>(List<TRow> rows)
        where TRow : LinkRow =>
        rows.ToLookup(r => r.ParentId, r => r.TargetId, StringComparer.Ordinal);

    private static List<string> Ids(ILookup<string, string> links, string parentId) => [.. links[parentId]];

    private static TEnum? Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is null ? null : Enum.Parse<TEnum>(text);
}
