using System.Text.Json;

namespace Throughline.Benchmarks.Scale;

/// <summary>One measured figure against its target, as the performance table shows it; stored as JSON in the results folder.</summary>
public sealed record Figure(string Id, string What, double Value, string Unit, double? Target, bool LowerIsBetter, string Detail)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Null for a figure that is reported without a target.</summary>
    public bool? Met => Target is not { } target ? null : LowerIsBetter ? Value <= target : Value >= target;

    public string TargetText => Target is { } target ? $"{(LowerIsBetter ? "≤" : "≥")} {target:0.###} {Unit}" : "reported";

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Id + ".json"), JsonSerializer.Serialize(this, Json));
        Console.WriteLine($"{What}: {Value:0.###} {Unit} (target {TargetText}){Met switch { true => " met", false => " MISSED", null => "" }}. {Detail}");
    }

    public static IReadOnlyList<Figure> LoadAll(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => JsonSerializer.Deserialize<Figure>(File.ReadAllText(f), Json)!)]
            : [];
}
