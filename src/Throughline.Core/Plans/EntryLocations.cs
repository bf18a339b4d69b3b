using System.Runtime.CompilerServices;
using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Where each entry of an element's id lists (<c>supports: [O1, KR2]</c>) was read. The entries are plain
/// strings in the model, so their locations are kept beside the element, for as long as it lives: a plan
/// validated after it was read (<see cref="PlanValidator"/>) still points at the exact entry. The reader
/// stores most of them on the element itself (<see cref="PlanElement.EntryLocationOf"/>); the rest are here.
/// </summary>
internal static class EntryLocations
{
    private static readonly ConditionalWeakTable<PlanElement, Dictionary<(string Field, int Index), SourceLocation>> Table = [];

    public static void Record(PlanElement element, string field, int index, SourceLocation at) =>
        Table.GetOrCreateValue(element)[(field, index)] = at;

    public static SourceLocation? Find(PlanElement element, string field, int index) =>
        element.EntryLocationOf(field, index)
        ?? (Table.TryGetValue(element, out var entries) && entries.TryGetValue((field, index), out var at) ? at : null);
}
