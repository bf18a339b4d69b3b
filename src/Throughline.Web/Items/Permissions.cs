using Throughline.Core.Analysis;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Organizations;

namespace Throughline.Web.Items;

/// <summary>
/// Who may see and change which item (docs/permissions.md). Roles build on each other: a leader can do
/// what a manager can, everywhere.
/// </summary>
public static class Permissions
{
    /// <summary>The extension key that makes an objective private (visible to its owner and their management chain).</summary>
    public const string PrivateKey = "x-private";

    public static bool IsPrivate(Objective objective) =>
        objective?.Extensions is { } extensions && extensions.TryGetValue(PrivateKey, out var value) && value is true;

    /// <summary>
    /// Whether the caller may see the item. Only private objectives (with their key results and check-ins) are
    /// hidden: from everyone but their owner, the owner's managers up the chain, admins and owners.
    /// </summary>
    public static bool CanSee(OrganizationAccess access, OrganizationView view, IndexedElement item)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(item);
        var objective = item.Kind switch
        {
            PlanItemKind.Objective => (Objective)item.Element,
            PlanItemKind.KeyResult => view.Index.Find<Objective>(item.Parent),
            _ => null,
        };
        return objective is null || CanSee(access, view, objective);
    }

    public static bool CanSee(OrganizationAccess access, OrganizationView view, Objective objective)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(view);
        if (!IsPrivate(objective) || access.IsAtLeast(OrganizationRole.Admin))
        {
            return true;
        }

        if (access.PersonId is not { } me || objective.Owner is not { } owner)
        {
            return false;
        }

        return owner == me || view.Index.ManagersOf(owner).Contains(me, StringComparer.Ordinal);
    }

    /// <summary>The ids the caller may not see: private objectives of others and their key results.</summary>
    public static HashSet<string> Hidden(OrganizationAccess access, OrganizationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var objective in view.Index.PrivateObjectives)
        {
            if (!CanSee(access, view, objective))
            {
                hidden.Add(objective.Id);
                hidden.UnionWith(objective.KeyResults.Select(k => k.Id));
            }
        }

        return hidden;
    }

    /// <summary>
    /// Whether a finding must be kept from a caller who may not see <paramref name="hidden"/>: it is about a hidden
    /// item, or its message or suggestion names one (a finding about two items, such as key results of two units
    /// that pull against each other, names both).
    /// </summary>
    public static bool Conceals(HashSet<string> hidden, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(finding);
        return hidden.Count > 0 && (hidden.Contains(finding.SubjectId) || Names(hidden, finding.Message) || Names(hidden, finding.Suggestion));
    }

    // Whether the text holds one of the ids as a word of its own: ids are letters, digits, '.', '-' and '_', and a
    // sentence may end right after one.
    private static bool Names(HashSet<string> ids, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inId = i < span.Length && (char.IsAsciiLetterOrDigit(span[i]) || span[i] is '.' or '-' or '_');
            if (inId && start < 0)
            {
                start = i;
            }
            else if (!inId && start >= 0)
            {
                if (lookup.Contains(span[start..i].TrimEnd(".-_")))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the caller may create, change or delete this item. For a change, ask for the item as it is and
    /// as it will be: a manager may not move an objective out of their units, nor into them from elsewhere.
    /// </summary>
    public static bool CanEdit(OrganizationAccess access, OrganizationView view, PlanItemKind kind, PlanElement element, string? parent)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(view);
        if (access.IsAtLeast(OrganizationRole.Admin))
        {
            return true;
        }

        switch (kind)
        {
            case PlanItemKind.Unit or PlanItemKind.Person:
                return false;
            case PlanItemKind.Vision or PlanItemKind.Goal or PlanItemKind.Swot or PlanItemKind.Criterion:
                return access.IsAtLeast(OrganizationRole.Leader);
        }

        if (access.IsAtLeast(OrganizationRole.Leader))
        {
            return true;
        }

        var me = access.PersonId;
        switch (element)
        {
            case Objective objective:
                return access.IsAtLeast(OrganizationRole.Manager) && InMyUnits(access, view, objective.Unit ?? UnitOf(view, objective.Owner));
            case KeyResult:
                // A key result is its objective's: the vision's success measures are the leaders'.
                return parent is not null && view.Index.Find<Objective>(parent) is { } owner
                    && access.IsAtLeast(OrganizationRole.Manager) && CanEdit(access, view, PlanItemKind.Objective, owner, null);
            case Initiative initiative:
                return access.IsAtLeast(OrganizationRole.Manager) && InMyUnits(access, view, initiative.Unit ?? UnitOf(view, initiative.Owner));
            case PlanAction action:
                if (me is not null && action.Owner == me && access.IsAtLeast(OrganizationRole.Member))
                {
                    return true;
                }

                var unit = view.Index.Find<Initiative>(action.Initiative) is { } work ? work.Unit ?? UnitOf(view, work.Owner) : UnitOf(view, action.Owner);
                return access.IsAtLeast(OrganizationRole.Manager) && InMyUnits(access, view, unit);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the caller may check in on the key result: its owner, the owner of its objective, and whoever
    /// may edit the key result.
    /// </summary>
    public static bool CanCheckIn(OrganizationAccess access, OrganizationView view, KeyResult keyResult, string? parent)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(keyResult);
        if (access.IsAtLeast(OrganizationRole.Leader))
        {
            return true;
        }

        if (!access.IsAtLeast(OrganizationRole.Member))
        {
            return false;
        }

        var me = access.PersonId;
        var objective = view.Index.Find<Objective>(parent);
        return (me is not null && (keyResult.Owner == me || objective?.Owner == me))
            || CanEdit(access, view, PlanItemKind.KeyResult, keyResult, parent);
    }

    private static string? UnitOf(OrganizationView view, string? person) => view.Index.Find<Person>(person)?.Unit;

    private static bool InMyUnits(OrganizationAccess access, OrganizationView view, string? unit)
    {
        if (unit is null || access.PersonId is not { } me || view.Index.Find<Person>(me)?.Unit is not { } myUnit)
        {
            return false;
        }

        return view.Index.UnitAndBelow(myUnit, view.Plan).Contains(unit);
    }
}
