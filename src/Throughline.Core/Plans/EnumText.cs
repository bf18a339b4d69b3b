namespace Throughline.Core.Plans;

/// <summary>The lower-case spelling of an enum's values in plan files.</summary>
internal static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(Format, StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    public static bool TryParse(string text, out TEnum value) => ByName.TryGetValue(text, out value);

    public static string Format(TEnum value) => value.ToString().ToLowerInvariant();
}
