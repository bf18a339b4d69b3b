using System.Globalization;
using System.Xml.Linq;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

public sealed partial class StratmlReader
{
    /// <summary>A goal, objective or indicator of the file, before its id is known.</summary>
    private sealed class Draft(XElement element, Draft? parent)
    {
        public XElement Element { get; } = element;
        public Draft? Parent { get; } = parent;
        public List<Draft> Children { get; } = [];
        public List<Draft> Indicators { get; } = [];
        public string? Sequence { get; } = ImportIds.Text(element.Child("SequenceIndicator")?.Value);
        public string Id { get; set; } = "";
    }

    private void ReadGoals(XElement core)
    {
        var goals = new List<Draft>();
        foreach (var element in core.Children("Goal"))
        {
            var goal = new Draft(element, null);
            Unknown(element, "Objective", "PerformanceIndicator");
            foreach (var misplaced in element.Children("PerformanceIndicator"))
            {
                var (line, column) = misplaced.At();
                log.Warn(line, column, "a <PerformanceIndicator> directly in a <Goal>; skipped (indicators belong to objectives)");
            }

            goal.Children.AddRange(Objectives(element, goal));
            goals.Add(goal);
        }

        if (goals.Count == 0)
        {
            var (line, column) = core.At();
            log.Warn(line, column, "no <Goal> elements; the plan has no goals");
        }

        AssignIds(goals, "G", _ => "G");
        var level = goals.SelectMany(g => g.Children).ToList();
        while (level.Count > 0)
        {
            AssignIds(level, "O", parent => Stem(parent.Id, "O"));
            AssignIds([.. level.SelectMany(o => o.Indicators)], "KR", parent => Stem(parent.Id, "KR"));
            level = [.. level.SelectMany(o => o.Children)];
        }

        foreach (var goal in goals)
        {
            plan.Goals.Add(Goal(goal));
            foreach (var objective in goal.Children)
            {
                AddObjective(objective);
            }
        }
    }

    private IEnumerable<Draft> Objectives(XElement parent, Draft owner)
    {
        foreach (var element in parent.Children("Objective"))
        {
            var objective = new Draft(element, owner);
            Unknown(element, "PerformanceIndicator", "Objective");
            objective.Indicators.AddRange(element.Children("PerformanceIndicator").Select(e => new Draft(e, objective)));
            objective.Children.AddRange(Objectives(element, objective));
            if (element.Text("Name") is null && element.Text("Description") is null && objective.Indicators.Count == 0 && objective.Children.Count == 0)
            {
                var (line, column) = element.At();
                log.Warn(line, column, "an <Objective> with no name, description or indicators; skipped");
                continue;
            }

            yield return objective;
        }
    }

    /// <summary>
    /// Ids from sequence indicators where they are unique (<c>3</c> → <c>G3</c>, <c>1.2</c> → <c>O1.2</c>, <c>EX1.1</c> as it
    /// is), then ids from positions for the rest, so that the same file always gives the same ids.
    /// </summary>
    private void AssignIds(List<Draft> drafts, string prefix, Func<Draft, string> stemOf)
    {
        foreach (var draft in drafts.Where(d => d.Sequence is not null))
        {
            var sequence = draft.Sequence!.Replace(' ', '-');
            var wanted = IsNumbering(sequence)
                ? (draft.Parent is null || sequence.Contains('.') ? prefix + sequence : Child(stemOf(draft.Parent), sequence))
                : sequence;
            if (ids.TryClaim(wanted))
            {
                draft.Id = wanted;
            }
        }

        foreach (var group in drafts.Where(d => d.Id.Length == 0).GroupBy(d => d.Parent))
        {
            foreach (var draft in group)
            {
                var siblings = group.Key is null ? drafts : group.Key.Children.Contains(draft) ? group.Key.Children : group.Key.Indicators;
                var position = siblings.IndexOf(draft) + 1;
                while (!ids.TryClaim(group.Key is null ? prefix + position : Child(stemOf(group.Key), position.ToString(CultureInfo.InvariantCulture))))
                {
                    position++;
                }

                draft.Id = log.MadeUp(group.Key is null ? prefix + position : Child(stemOf(group.Key), position.ToString(CultureInfo.InvariantCulture)));
                var (line, column) = draft.Element.At();
                var why = draft.Sequence is null ? "no sequence indicator" : $"sequence indicator '{draft.Sequence}' is already taken";
                log.Note(line, column, $"{why}; id {draft.Id} made from its position");
            }
        }
    }

    private static string Child(string stem, string number) =>
        stem.EndsWith(".KR", StringComparison.Ordinal) ? stem + number : $"{stem}.{number}";

    private static bool IsNumbering(string sequence) =>
        sequence.Length > 0 && char.IsAsciiDigit(sequence[0]) && sequence.All(c => char.IsAsciiDigit(c) || c == '.') && !sequence.EndsWith('.');

    /// <summary>The stem of a child's id: <c>G1</c> → <c>O1</c>, <c>O1.2</c> → <c>KR1.2</c>, <c>EX1</c> → <c>EX1</c>, <c>EX1.1</c> → <c>EX1.1.KR</c>.</summary>
    private static string Stem(string parentId, string prefix)
    {
        var letters = parentId.TakeWhile(char.IsAsciiLetter).Count();
        var rest = parentId[letters..];
        return parentId[..letters] is "G" or "O" && IsNumbering(rest) ? prefix + rest : prefix == "KR" ? parentId + ".KR" : parentId;
    }

    private Goal Goal(Draft draft)
    {
        var element = draft.Element;
        var (owner, _) = Performers(element, draft.Id);
        return new Goal
        {
            Id = draft.Id,
            Title = Title(element, "Goal", draft.Id),
            Description = Description(element),
            Owner = owner,
            Horizon = end,
            Extensions = Extensions(element, draft),
        };
    }

    private void AddObjective(Draft draft)
    {
        var element = draft.Element;
        var (owner, unit) = Performers(element, draft.Id);
        var objective = new Objective
        {
            Id = draft.Id,
            Title = Title(element, "Objective", draft.Id),
            Description = Description(element),
            ContributesTo = [new Contribution { Id = draft.Parent!.Id }],
            Owner = owner,
            Unit = unit,
            Start = start,
            Due = end,
            Extensions = Extensions(element, draft),
        };
        foreach (var indicator in draft.Indicators)
        {
            objective.KeyResults.Add(KeyResult(indicator, objective));
        }

        if (objective.Start is { } s && objective.Due is { } d && d < s)
        {
            objective.Start = null;
        }

        plan.Objectives.Add(objective);
        foreach (var child in draft.Children)
        {
            AddObjective(child);
        }
    }

    private string Title(XElement element, string kind, string id)
    {
        var (line, column) = element.At();
        if (element.Text("Name") is { } name)
        {
            return name;
        }

        if (element.Text("Description") is { } description)
        {
            log.Note(line, column, $"{kind.ToLowerInvariant()} {id} has no name; its description is used as its title");
            return description;
        }

        log.Warn(line, column, $"{kind.ToLowerInvariant()} {id} has no name or description; titled '{kind} {id}'");
        return $"{kind} {id}";
    }

    private static string? Description(XElement element)
    {
        var description = element.Text("Name") is null ? null : element.Text("Description");
        var other = element.Text("OtherInformation");
        return other is null ? description : description is null ? other : $"{description}\n\n{other}";
    }

    /// <summary>The person who performs the goal or objective, and the unit; the others are noted.</summary>
    private (string? Owner, string? Unit) Performers(XElement element, string id)
    {
        string? owner = null;
        string? unit = null;
        foreach (var stakeholder in element.Children("Stakeholder"))
        {
            var (person, group) = Stakeholder(stakeholder);
            var (line, column) = stakeholder.At();
            if (person is not null && owner is null)
            {
                owner = person;
            }
            else if (group is not null && unit is null)
            {
                unit = group;
            }
            else if (person is not null || group is not null)
            {
                log.Note(line, column, $"{id} has more than one performer; '{stakeholder.Text("Name")}' is not its owner or unit");
            }
        }

        return (owner, unit);
    }

    private static Dictionary<string, object?>? Extensions(XElement element, Draft draft)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (element.Text("Identifier") is { } identifier)
        {
            extensions["x-stratml-id"] = identifier;
        }

        if (draft.Sequence is { } sequence)
        {
            extensions["x-stratml-sequence"] = sequence;
        }

        var stakeholders = element.Children("Stakeholder").Select(s => s.Text("Name")).OfType<string>().ToList();
        if (stakeholders.Count > 0)
        {
            extensions["x-stakeholders"] = stakeholders.Cast<object?>().ToList();
        }

        return extensions.Count == 0 ? null : extensions;
    }
}
