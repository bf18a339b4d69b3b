namespace Throughline.Core.Heart;

/// <summary>
/// The average of one pulse-survey group: the answers (1 to 5) of one unit's respondents on one dimension.
/// A group of fewer than <see cref="HeartInputs.AnonymityThreshold"/> respondents contributes nothing.
/// </summary>
public sealed record PulseSurveyGroup(string UnitId, HeartDimension Dimension, double Average, int Respondents);

/// <summary>What the HEART index takes from outside the plan. Everything is optional.</summary>
public sealed record HeartInputs
{
    /// <summary>The fewest respondents whose answers are used (and shown): smaller groups could be told apart.</summary>
    public const int AnonymityThreshold = 5;

    /// <summary>Per unit id, the share (0 to 1) of strategic messages its readers understood, from message reviews.</summary>
    public IReadOnlyDictionary<string, double> Comprehension { get; init; } = new Dictionary<string, double>();

    /// <summary>Per unit id, the share (0 to 1) of the strategic messages delivered to its people that they acknowledged.</summary>
    public IReadOnlyDictionary<string, double> Acknowledged { get; init; } = new Dictionary<string, double>();

    /// <summary>Pulse-survey averages per unit and dimension; at most one group per unit and dimension.</summary>
    public IReadOnlyList<PulseSurveyGroup> Survey { get; init; } = [];

    internal void Validate()
    {
        foreach (var (unit, share) in Comprehension)
        {
            if (!(share >= 0 && share <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(Comprehension), share, $"The comprehension of unit {unit} must be between 0 and 1.");
            }
        }

        foreach (var (unit, share) in Acknowledged)
        {
            if (!(share >= 0 && share <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(Acknowledged), share, $"The acknowledged share of unit {unit} must be between 0 and 1.");
            }
        }

        var seen = new HashSet<(string, HeartDimension)>();
        foreach (var group in Survey)
        {
            if (!(group.Average >= 1 && group.Average <= 5))
            {
                throw new ArgumentOutOfRangeException(nameof(Survey), group.Average, $"A survey average must be between 1 and 5 (unit {group.UnitId}).");
            }

            if (group.Respondents < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(Survey), group.Respondents, "A respondent count cannot be negative.");
            }

            if (!seen.Add((group.UnitId, group.Dimension)))
            {
                throw new ArgumentException($"Two survey groups for unit {group.UnitId} and {group.Dimension}.", nameof(Survey));
            }
        }
    }
}
