using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

/// <summary>
/// An imported file merged into a stored plan (docs/interop.md#importing-into-a-stored-plan). A StratML, CSV or Markdown
/// file holds only part of a plan, so its goals, objectives, key results and check-ins are added to the plan or update
/// the ones they match; everything else the plan holds stays as it is.
/// </summary>
/// <remarks>
/// Matching: an element whose id the file gives is the stored element with that id (a key result wherever it is).
/// An element whose id the importer made up (<see cref="ImportResult.MadeUpIds"/>) is the stored goal or objective of
/// the same title, or the key result of the same title in its objective: the first objective of a CSV is not the
/// plan's <c>O1</c>. People and units are matched by name, then by id. What matches nothing is added, under its own
/// id when the plan does not use it yet and a free one otherwise.
/// </remarks>
public static partial class ImportMerge
{
    /// <summary>
    /// Merges the import into <paramref name="stored"/>, which it changes and returns; the imported plan's elements
    /// are taken over, so the import is not to be used again.
    /// </summary>
    public static Plan Into(Plan stored, ImportResult imported)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(imported);
        var file = imported.Plan ?? throw new ArgumentException("The import did not succeed.", nameof(imported));
        return new Merge(stored, imported.MadeUpIds).Run(file);
    }

    private static bool SameTitle(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^([A-Za-z]+)(\d+)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^O(\d+(?:\.\d+)*)$")]
    private static partial Regex ObjectiveNumber();

    private sealed class Merge(Plan plan, IReadOnlySet<string> madeUp)
    {
        private readonly HashSet<string> used = new(UsedIds(plan), StringComparer.Ordinal);
        private readonly Dictionary<string, string> renamed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Goal> goals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Objective> objectives = new(StringComparer.Ordinal);

        public Plan Run(Plan file)
        {
            foreach (var unit in file.Organization.Units)
            {
                Unit(unit);
            }

            foreach (var person in file.Organization.People)
            {
                Person(person);
            }

            plan.Vision ??= file.Vision;
            plan.Values.AddRange(file.Values.Where(v => !plan.Values.Any(s => SameTitle(s.Name, v.Name))));

            // Ids first, so that links to goals and objectives later in the file follow their renames.
            foreach (var goal in file.Goals)
            {
                var match = madeUp.Contains(goal.Id) ? plan.Goals.FirstOrDefault(g => SameTitle(g.Title, goal.Title)) : plan.Goals.FirstOrDefault(g => g.Id == goal.Id);
                goals[goal.Id] = match ?? goal;
                renamed[goal.Id] = match?.Id ?? Fresh(goal.Id);
            }

            foreach (var objective in file.Objectives)
            {
                var match = madeUp.Contains(objective.Id)
                    ? plan.Objectives.FirstOrDefault(o => SameTitle(o.Title, objective.Title))
                    : plan.Objectives.FirstOrDefault(o => o.Id == objective.Id);
                objectives[objective.Id] = match ?? objective;
                renamed[objective.Id] = match?.Id ?? Fresh(objective.Id);
            }

            foreach (var goal in file.Goals)
            {
                Goal(goal);
            }

            foreach (var objective in file.Objectives)
            {
                Objective(objective);
            }

            return plan;
        }

        private string? Map(string? id) => id is null ? null : renamed.GetValueOrDefault(id) ?? id;

        private void Unit(Unit unit)
        {
            var match = plan.Organization.Units.FirstOrDefault(u => SameTitle(u.Name, unit.Name)) ?? plan.Organization.Units.FirstOrDefault(u => u.Id == unit.Id);
            if (match is null)
            {
                var id = unit.Id;
                unit.Id = Fresh(id);
                unit.Parent = Map(unit.Parent);
                plan.Organization.Units.Add(unit);
                renamed[id] = unit.Id;
                return;
            }

            renamed[unit.Id] = match.Id;
        }

        private void Person(Person person)
        {
            var match = plan.Organization.People.FirstOrDefault(p => SameTitle(p.Name, person.Name)) ?? plan.Organization.People.FirstOrDefault(p => p.Id == person.Id);
            if (match is null)
            {
                var id = person.Id;
                person.Id = Fresh(id);
                person.Unit = Map(person.Unit);
                plan.Organization.People.Add(person);
                renamed[id] = person.Id;
                return;
            }

            renamed[person.Id] = match.Id;
        }

        private void Goal(Goal goal)
        {
            var target = goals[goal.Id];
            if (ReferenceEquals(target, goal))
            {
                goal.Id = renamed[goal.Id];
                goal.Owner = Map(goal.Owner);
                plan.Goals.Add(goal);
                return;
            }

            target.Title = goal.Title.Length > 0 ? goal.Title : target.Title;
            target.Description = goal.Description ?? target.Description;
            target.Owner = Map(goal.Owner) ?? target.Owner;
            target.Horizon = goal.Horizon ?? target.Horizon;
            Extend(target, goal);
        }

        private void Objective(Objective objective)
        {
            var target = objectives[objective.Id];
            var keyResults = objective.KeyResults;
            var fileNumber = ObjectiveNumber().Match(objective.Id);
            if (ReferenceEquals(target, objective))
            {
                objective.Id = renamed[objective.Id];
                objective.Owner = Map(objective.Owner);
                objective.Unit = Map(objective.Unit);
                foreach (var link in objective.ContributesTo)
                {
                    link.Id = Map(link.Id)!;
                }

                objective.KeyResults = [];
                plan.Objectives.Add(objective);
            }
            else
            {
                target.Title = objective.Title.Length > 0 ? objective.Title : target.Title;
                target.Description = objective.Description ?? target.Description;
                target.Owner = Map(objective.Owner) ?? target.Owner;
                target.Unit = Map(objective.Unit) ?? target.Unit;
                target.Start = objective.Start ?? target.Start;
                target.Due = objective.Due ?? target.Due;
                foreach (var link in objective.ContributesTo.Where(l => !target.ContributesTo.Any(t => t.Id == Map(l.Id))))
                {
                    link.Id = Map(link.Id)!;
                    target.ContributesTo.Add(link);
                }

                Extend(target, objective);
            }

            foreach (var keyResult in keyResults)
            {
                KeyResult(target, keyResult, fileNumber.Success ? fileNumber.Groups[1].Value : null);
            }
        }

        private void KeyResult(Objective target, KeyResult keyResult, string? fileNumber)
        {
            var made = madeUp.Contains(keyResult.Id);
            var match = made
                ? target.KeyResults.FirstOrDefault(k => SameTitle(k.Title, keyResult.Title))
                : plan.Objectives.SelectMany(o => o.KeyResults).FirstOrDefault(k => k.Id == keyResult.Id);
            if (match is null)
            {
                // A made-up key result id follows its objective's: KR1.2 of the file's O1 is KR12.2 under the plan's O12.
                var id = keyResult.Id;
                if (made && fileNumber is not null && ObjectiveNumber().Match(target.Id) is { Success: true } number
                    && id.StartsWith($"KR{fileNumber}.", StringComparison.Ordinal))
                {
                    id = $"KR{number.Groups[1].Value}.{id[(fileNumber.Length + 3)..]}";
                }

                keyResult.Id = Fresh(id);
                keyResult.Owner = Map(keyResult.Owner);
                foreach (var checkIn in keyResult.CheckIns)
                {
                    checkIn.By = Map(checkIn.By);
                }

                target.KeyResults.Add(keyResult);
                return;
            }

            match.Title = keyResult.Title.Length > 0 ? keyResult.Title : match.Title;
            match.Baseline = keyResult.Baseline ?? match.Baseline;
            match.Target = keyResult.Target ?? match.Target;
            match.Unit = keyResult.Unit ?? match.Unit;
            match.Direction = keyResult.Direction ?? match.Direction;
            match.Range = keyResult.Range ?? match.Range;
            match.Owner = Map(keyResult.Owner) ?? match.Owner;
            Extend(match, keyResult);
            foreach (var checkIn in keyResult.CheckIns)
            {
                CheckIn(match, checkIn);
            }
        }

        /// <summary>A check-in on a day the key result has one replaces its value; on another day it is added in date order.</summary>
        private void CheckIn(KeyResult keyResult, CheckIn checkIn)
        {
            if (keyResult.CheckIns.FirstOrDefault(c => c.Date == checkIn.Date) is { } same)
            {
                same.Value = checkIn.Value;
                same.Note = checkIn.Note ?? same.Note;
                same.Confidence = checkIn.Confidence ?? same.Confidence;
                same.By = Map(checkIn.By) ?? same.By;
                return;
            }

            checkIn.By = Map(checkIn.By);
            var at = keyResult.CheckIns.FindLastIndex(c => c.Date < checkIn.Date) + 1;
            keyResult.CheckIns.Insert(at, checkIn);
        }

        private static void Extend(PlanElement target, PlanElement source)
        {
            if (source.Extensions is not { Count: > 0 } extensions)
            {
                return;
            }

            target.Extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in extensions)
            {
                target.Extensions[key] = value;
            }
        }

        /// <summary>The id if the plan does not use it; otherwise the next free number (<c>O1</c> → <c>O13</c>) or a suffix (<c>KR1.1-2</c>).</summary>
        private string Fresh(string id)
        {
            if (used.Add(id))
            {
                return id;
            }

            if (Numbered().Match(id) is { Success: true } numbered)
            {
                for (var n = int.Parse(numbered.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1; ; n++)
                {
                    if (used.Add($"{numbered.Groups[1].Value}{n}"))
                    {
                        return $"{numbered.Groups[1].Value}{n}";
                    }
                }
            }

            for (var n = 2; ; n++)
            {
                if (used.Add($"{id}-{n}"))
                {
                    return $"{id}-{n}";
                }
            }
        }

        private static IEnumerable<string> UsedIds(Plan plan) =>
            plan.Organization.Units.Select(u => u.Id)
                .Concat(plan.Organization.People.Select(p => p.Id))
                .Concat(plan.Swot.Select(s => s.Id))
                .Concat(plan.Goals.Select(g => g.Id))
                .Concat(plan.Objectives.SelectMany(o => o.KeyResults.Select(k => k.Id).Prepend(o.Id)))
                .Concat(plan.Vision?.Success.Select(k => k.Id) ?? [])
                .Concat(plan.Initiatives.Select(i => i.Id))
                .Concat(plan.Actions.Select(a => a.Id));
    }
}
