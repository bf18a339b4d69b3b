namespace Throughline.Core.Reports;

/// <summary>
/// Load against capacity per unit and month, in person-weeks, and the most initiatives each unit runs at once
/// (docs/capacity.md). <see cref="Months"/> are the first days of the months shown: at most
/// <see cref="CapacitySectionBuilder.MaxMonths"/> from the as-of month; <see cref="MonthsAnalysed"/> says how many
/// the engine looked at. Rows are capped at <see cref="CapacitySectionBuilder.MaxUnits"/>, the units over capacity
/// (and the units above them) kept first.
/// </summary>
public sealed record CapacitySection(
    IReadOnlyList<DateOnly> Months,
    int MonthsAnalysed,
    double Tolerance,
    IReadOnlyList<CapacityRow> Units,
    int UnitsNotShown,
    IReadOnlyList<ConcurrencyLine> Concurrency,
    int ConcurrencyNotShown);

/// <summary>One unit that states a capacity or carries load in the months shown, with one cell per month.</summary>
public sealed record CapacityRow(
    string UnitId,
    string Name,
    int Depth,
    double? CapacityFte,
    bool OverCapacity,
    IReadOnlyList<CapacityCell> Months);

/// <summary>
/// One unit in one month: load (its own initiatives' and its sub-units'), capacity (null when the unit states
/// none), <see cref="Fill"/> = load / capacity (null without a capacity or with a capacity of 0), and whether
/// the month is over capacity as <c>capacity/over-committed</c> counts it: load &gt; capacity × (1 + tolerance).
/// </summary>
public sealed record CapacityCell(DateOnly Month, double Load, double? Capacity, double? Fill, bool Over);

/// <summary>Where a unit's limit on initiatives at once comes from.</summary>
public enum LimitSource { Unit, Organization, Rule }

/// <summary>
/// The most of its own planned and active initiatives a unit runs on one day (from the as-of date), the first
/// such day, and its limit: the unit's <c>max_initiatives</c>, else the organization's, else the rule's.
/// </summary>
public sealed record ConcurrencyLine(
    string UnitId,
    string Name,
    int Depth,
    int Peak,
    DateOnly PeakDate,
    double Limit,
    LimitSource LimitSource,
    bool Over);
