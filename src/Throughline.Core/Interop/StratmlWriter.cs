using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

/// <summary>
/// Writes a plan as a StratML Part 2 performance plan (<c>PerformancePlanOrReport</c>, schema of 2016-02-16) that
/// the importer reads back with the same goals, objectives, key results, targets and check-ins (docs/interop.md).
/// </summary>
public static class StratmlWriter
{
    /// <summary>The title of the goal that holds objectives linked to no goal: the schema has no other place for them.</summary>
    public const string UnlinkedGoal = "Objectives not linked to a goal";

    private static readonly XNamespace Ns = StratmlDocument.PerformanceNamespace;

    public static string Write(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        var names = plan.Organization.People.ToDictionary(p => p.Id, p => p.Name.Length > 0 ? p.Name : p.Id, StringComparer.Ordinal);
        var units = plan.Organization.Units.ToDictionary(u => u.Id, u => u.Name.Length > 0 ? u.Name : u.Id, StringComparer.Ordinal);
        var writer = new Writer(plan, identifiers, names, units);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), writer.Root());
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, NewLineChars = "\n" }))
        {
            document.Save(xml);
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private sealed class Writer(Plan plan, HashSet<string> identifiers, Dictionary<string, string> people, Dictionary<string, string> units)
    {
        public XElement Root()
        {
            var name = Extension(plan, "x-stratml-name") ?? plan.Organization.Name;
            var description = Extension(plan, "x-stratml-description");
            var starts = plan.Objectives.Select(o => o.Start).OfType<DateOnly>().ToList();
            return new XElement(
                Ns + "PerformancePlanOrReport",
                new XAttribute("Type", "Performance_Plan"),
                new XElement(Ns + "Name", name),
                description is null ? null : new XElement(Ns + "Description", description),
                Core(),
                new XElement(
                    Ns + "AdministrativeInformation",
                    starts.Count == 0 ? null : new XElement(Ns + "StartDate", Day(starts.Min())),
                    plan.Vision?.Horizon is { } horizon ? new XElement(Ns + "EndDate", Day(horizon)) : null));
        }

        private XElement Core()
        {
            var core = new XElement(
                Ns + "StrategicPlanCore",
                new XElement(
                    Ns + "Organization",
                    new XElement(Ns + "Name", plan.Organization.Name),
                    plan.Organization.People.Select(p => Stakeholder(p.Name.Length > 0 ? p.Name : p.Id, "Person", role: null))));
            if (plan.Vision is { } vision)
            {
                core.Add(new XElement(Ns + "Vision", new XElement(Ns + "Description", vision.Statement)));
                if (vision.Purpose is { } purpose)
                {
                    core.Add(new XElement(Ns + "Mission", new XElement(Ns + "Description", purpose)));
                }
            }

            core.Add(plan.Values.Select(v => new XElement(
                Ns + "Value",
                new XElement(Ns + "Name", v.Name),
                v.Description is null ? null : new XElement(Ns + "Description", v.Description))));

            var goalIds = plan.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
            var byGoal = plan.Objectives
                .GroupBy(o => GoalOf(o, goalIds), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var goal in plan.Goals)
            {
                core.Add(Goal(goal, byGoal.GetValueOrDefault(goal.Id) ?? []));
            }

            if (byGoal.TryGetValue("", out var unlinked) || plan.Goals.Count == 0)
            {
                var holder = new Goal { Id = "unlinked", Title = UnlinkedGoal };
                core.Add(Goal(holder, unlinked ?? []));
            }

            return core;
        }

        /// <summary>The goal an objective is written under: its first goal, or the first its parent objectives reach.</summary>
        private string GoalOf(Objective objective, HashSet<string> goalIds)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var current = objective;
            while (current is not null && seen.Add(current.Id))
            {
                if (current.ContributesTo.FirstOrDefault(c => goalIds.Contains(c.Id)) is { } goal)
                {
                    return goal.Id;
                }

                var parent = current.ContributesTo.Select(c => c.Id).FirstOrDefault();
                current = parent is null ? null : plan.Objectives.FirstOrDefault(o => o.Id == parent);
            }

            return "";
        }

        private XElement Goal(Goal goal, List<Objective> objectives) => new(
            Ns + "Goal",
            new XElement(Ns + "Name", goal.Title),
            new XElement(Ns + "Description", goal.Description ?? ""),
            Identifier(goal, goal.Id),
            new XElement(Ns + "SequenceIndicator", Extension(goal, "x-stratml-sequence") ?? goal.Id),
            Stakeholders(goal, goal.Owner, null),
            objectives.Select(Objective));

        private XElement Objective(Objective objective) => new(
            Ns + "Objective",
            new XElement(Ns + "Name", objective.Title),
            objective.Description is null ? null : new XElement(Ns + "Description", objective.Description),
            Identifier(objective, objective.Id),
            new XElement(Ns + "SequenceIndicator", Extension(objective, "x-stratml-sequence") ?? objective.Id),
            Stakeholders(objective, objective.Owner, objective.Unit),
            objective.KeyResults.Select(k => Indicator(k, objective)));

        private XElement Indicator(KeyResult keyResult, Objective objective)
        {
            var instance = new XElement(Ns + "MeasurementInstance");
            if (keyResult.Target is { } target)
            {
                instance.Add(new XElement(
                    Ns + "TargetResult",
                    objective.Due is { } due ? new XElement(Ns + "EndDate", Day(due)) : null,
                    new XElement(Ns + "NumberOfUnits", Number(target))));
            }

            if (keyResult.Baseline is { } baseline)
            {
                instance.Add(new XElement(
                    Ns + "ActualResult",
                    objective.Start is { } start ? new XElement(Ns + "StartDate", Day(start)) : null,
                    new XElement(Ns + "NumberOfUnits", Number(baseline)),
                    new XElement(Ns + "Descriptor", new XElement(Ns + "DescriptorName", StratmlReader.BaselineDescriptor))));
            }

            foreach (var checkIn in keyResult.CheckIns.OrderBy(c => c.Date))
            {
                instance.Add(new XElement(
                    Ns + "ActualResult",
                    new XElement(Ns + "EndDate", Day(checkIn.Date)),
                    new XElement(Ns + "NumberOfUnits", Number(checkIn.Value)),
                    checkIn.Note is null ? null : new XElement(Ns + "Description", checkIn.Note)));
            }

            var range = keyResult is { Direction: Direction.Maintain, Range: { } r }
                ? $"Keep within {Number(r.Low)} to {Number(r.High)}."
                : null;
            return new XElement(
                Ns + "PerformanceIndicator",
                new XAttribute("PerformanceIndicatorType", "Quantitative"),
                new XElement(Ns + "SequenceIndicator", Extension(keyResult, "x-stratml-sequence") ?? keyResult.Id),
                new XElement(Ns + "MeasurementDimension", keyResult.Title),
                new XElement(Ns + "UnitOfMeasurement", keyResult.Unit ?? ""),
                Identifier(keyResult, keyResult.Id),
                instance.HasElements ? instance : null,
                range is null ? null : new XElement(Ns + "OtherInformation", range));
        }

        private IEnumerable<XElement> Stakeholders(PlanElement element, string? owner, string? unit)
        {
            if (owner is not null)
            {
                yield return Stakeholder(people.GetValueOrDefault(owner) ?? owner, "Person", "Owner");
            }

            if (unit is not null)
            {
                yield return Stakeholder(units.GetValueOrDefault(unit) ?? unit, "Organization", "Delivering unit");
            }

            var written = new HashSet<string?>([owner is null ? null : people.GetValueOrDefault(owner), unit is null ? null : units.GetValueOrDefault(unit)]);
            if (element.Extensions?.GetValueOrDefault("x-stakeholders") is IEnumerable<object?> others)
            {
                foreach (var name in others.OfType<string>().Where(n => !written.Contains(n)))
                {
                    yield return Stakeholder(name, null, null);
                }
            }
        }

        private static XElement Stakeholder(string name, string? type, string? role) => new(
            Ns + "Stakeholder",
            type is null ? null : new XAttribute("StakeholderTypeType", type),
            new XElement(Ns + "Name", name),
            role is null ? null : new XElement(Ns + "Role", new XElement(Ns + "Name", role), new XElement(Ns + "RoleType", "Performer")));

        /// <summary>An xs:ID: the identifier the element was imported with when it is one, else one made from its id.</summary>
        private XElement Identifier(PlanElement element, string id)
        {
            var kept = Extension(element, "x-stratml-id");
            var identifier = kept is not null && IsNcName(kept) && identifiers.Add(kept) ? kept : null;
            if (identifier is null)
            {
                var stem = "_" + new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
                identifier = stem;
                for (var n = 2; !identifiers.Add(identifier); n++)
                {
                    identifier = $"{stem}_{n}";
                }
            }

            return new XElement(Ns + "Identifier", identifier);
        }

        private static bool IsNcName(string text)
        {
            try
            {
                XmlConvert.VerifyNCName(text);
                return true;
            }
            catch (XmlException)
            {
                return false;
            }
        }

        private static string? Extension(PlanElement element, string key) =>
            element.Extensions?.GetValueOrDefault(key) is string text && text.Length > 0 ? text : null;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // xs:decimal has no exponent: 1E+20 would not validate.
    private static string Number(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
