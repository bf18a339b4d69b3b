using Throughline.Web.Messages;

namespace Throughline.Web.Heart;

/// <summary>
/// The Trust inputs of the HEART index, per department (a unit id), over every level's talking points of the
/// strategic messages: the share of reviewed restatements that were understood, and the share of deliveries
/// acknowledged (docs/heart.md#trust-from-messages).
/// </summary>
public static class MessageComprehension
{
    /// <summary>
    /// The shares as they stood at <paramref name="until"/>. A department with no reviewed restatement has no
    /// understood share; one that received nothing has no acknowledged share.
    /// </summary>
    public static (Dictionary<string, double> Understood, Dictionary<string, double> Acknowledged) Shares(MessageData data, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(data);
        var strategic = data.Messages.Where(m => m.Kind == MessageKinds.Strategic).Select(m => m.Id).ToHashSet();
        var understood = new Dictionary<string, double>(StringComparer.Ordinal);
        var acknowledged = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var department in data.Points.Where(p => strategic.Contains(p.MessageId)).GroupBy(p => p.Department, StringComparer.Ordinal))
        {
            var figures = ComprehensionFigures.Of(data, department, until);
            if (figures.UnderstoodShare is { } share)
            {
                understood[department.Key] = share;
            }

            if (figures.AcknowledgedShare is { } reached)
            {
                acknowledged[department.Key] = reached;
            }
        }

        return (understood, acknowledged);
    }
}
