using Throughline.Web.Messages;

namespace Throughline.Web.Heart;

/// <summary>
/// The Trust input of the HEART index: per department (a unit id), the share of reviewed restatements of
/// strategic messages that were understood, over every level's talking points (docs/heart.md#trust-from-messages).
/// </summary>
public static class MessageComprehension
{
    /// <summary>The shares as they stood at <paramref name="until"/>; a department with no reviewed restatement is left out.</summary>
    public static Dictionary<string, double> Shares(MessageData data, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(data);
        var strategic = data.Messages.Where(m => m.Kind == MessageKinds.Strategic).Select(m => m.Id).ToHashSet();
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var department in data.Points.Where(p => strategic.Contains(p.MessageId)).GroupBy(p => p.Department, StringComparer.Ordinal))
        {
            var figures = department.Select(p => ComprehensionFigures.Of(data, p, until)).ToList();
            var reviewed = figures.Sum(f => f.Reviewed);
            if (reviewed > 0)
            {
                shares[department.Key] = (double)figures.Sum(f => f.Understood) / reviewed;
            }
        }

        return shares;
    }
}
