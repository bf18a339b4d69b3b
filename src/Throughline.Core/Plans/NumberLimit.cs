namespace Throughline.Core.Plans;

/// <summary>The range a numeric field must fall in.</summary>
internal enum NumberLimit
{
    Any,
    NonNegative,
    Positive,
    Fraction,
}
