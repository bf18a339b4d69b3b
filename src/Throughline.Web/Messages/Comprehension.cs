using Throughline.Web.Storage;

namespace Throughline.Web.Messages;

/// <summary>How well one department at one level took a message in (docs/messages.md#comprehension).</summary>
public sealed record ComprehensionFigures(int Recipients, int Acknowledged, int Reviewed, int Understood, double? MedianHoursToAcknowledge)
{
    /// <summary>Acknowledged ÷ recipients; null while nobody received the message.</summary>
    public double? AcknowledgedShare => Recipients == 0 ? null : (double)Acknowledged / Recipients;

    /// <summary>Understood ÷ reviewed restatements; null while no restatement is reviewed.</summary>
    public double? UnderstoodShare => Reviewed == 0 ? null : (double)Understood / Reviewed;

    /// <summary>
    /// The figures of the talking points as they stood at <paramref name="until"/> (now when null): each recipient
    /// counts once, by their latest delivery; a restatement counts as understood when its latest review says so.
    /// </summary>
    public static ComprehensionFigures Of(MessageData data, TalkingPointsRow points, DateTimeOffset? until = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        return Of(data, [points], until);
    }

    /// <summary>The figures of several sets of talking points taken together, as <see cref="Of(MessageData, TalkingPointsRow, DateTimeOffset?)"/> counts one.</summary>
    public static ComprehensionFigures Of(MessageData data, IEnumerable<TalkingPointsRow> sets, DateTimeOffset? until = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(sets);
        var recipients = 0;
        var reviewed = 0;
        var understood = 0;
        var hours = new List<double>();
        foreach (var delivery in sets.SelectMany(points => data.Latest(points.Id, until)))
        {
            recipients++;
            if (data.AcknowledgementOf(delivery, until) is not { } acknowledgement)
            {
                continue;
            }

            hours.Add((acknowledgement.AcknowledgedAt - delivery.DeliveredAt).TotalHours);
            if (data.ReviewOf(acknowledgement, until) is { } review)
            {
                reviewed++;
                understood += review.Status == ReviewStatus.Understood ? 1 : 0;
            }
        }

        return new ComprehensionFigures(recipients, hours.Count, reviewed, understood, Median(hours));
    }

    /// <summary>The middle value, or the mean of the two middle values of an even count; null for none.</summary>
    public static double? Median(List<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}

/// <summary>What a manager's review says of a restatement.</summary>
public static class ReviewStatus
{
    public const string Understood = "understood";
    public const string NeedsClarification = "needs-clarification";
}
