using Throughline.Core.Model;

namespace Throughline.Core.Interop;

/// <summary>
/// Merges imported plans into one (docs/interop.md): the first file names the organization and gives the vision;
/// people and units with the same id are one; goals, objectives and key results whose ids another file already
/// used get the file's number as a suffix (<c>G1</c> of the second file becomes <c>G1-2</c>), with their references.
/// </summary>
internal static class PlanMerge
{
    public static Plan Merge(IReadOnlyList<Plan> plans)
    {
        var merged = new Plan
        {
            Organization = new Organization { Name = plans[0].Organization.Name },
            Vision = plans.Select(p => p.Vision).FirstOrDefault(v => v is not null),
            SourcePath = plans[0].SourcePath,
        };
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var shared = new HashSet<string>(
                plan.Organization.People.Select(p => p.Id).Concat(plan.Organization.Units.Select(u => u.Id)), StringComparer.Ordinal);
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in plan.Goals.Select(g => g.Id).Concat(plan.Objectives.SelectMany(o => o.KeyResults.Select(k => k.Id).Prepend(o.Id))))
            {
                var fresh = id;
                for (var n = i + 1; used.Contains(fresh) || (i > 0 && shared.Contains(fresh)); n++)
                {
                    fresh = $"{id}-{n}";
                }

                used.Add(fresh);
                renamed[id] = fresh;
            }

            string Name(string id) => renamed.GetValueOrDefault(id) ?? id;
            foreach (var unit in plan.Organization.Units.Where(u => !merged.Organization.Units.Any(m => m.Id == u.Id)))
            {
                merged.Organization.Units.Add(unit);
                used.Add(unit.Id);
            }

            foreach (var person in plan.Organization.People.Where(p => !merged.Organization.People.Any(m => m.Id == p.Id)))
            {
                merged.Organization.People.Add(person);
                used.Add(person.Id);
            }

            merged.Values.AddRange(plan.Values.Where(v => !merged.Values.Any(m => m.Name == v.Name)));
            foreach (var goal in plan.Goals)
            {
                goal.Id = Name(goal.Id);
                merged.Goals.Add(goal);
            }

            foreach (var objective in plan.Objectives)
            {
                objective.Id = Name(objective.Id);
                foreach (var link in objective.ContributesTo)
                {
                    link.Id = Name(link.Id);
                }

                foreach (var keyResult in objective.KeyResults)
                {
                    keyResult.Id = Name(keyResult.Id);
                }

                merged.Objectives.Add(objective);
            }
        }

        return merged;
    }
}
