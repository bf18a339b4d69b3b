using System.Globalization;
using Throughline.Core.Model;
using Throughline.Web.Analysis;

namespace Throughline.Web.Messages;

/// <summary>The settings of the communication findings (<c>Messages:</c> in the configuration, docs/configuration.md).</summary>
public sealed class MessageOptions
{
    public const string Section = "Messages";

    /// <summary>communication/unacknowledged: days a delivery may stay unacknowledged.</summary>
    public int UnacknowledgedDays { get; set; } = 7;

    /// <summary>communication/not-understood: the share of reviewed restatements that must be understood.</summary>
    public double UnderstoodShare { get; set; } = 0.8;
}

/// <summary>
/// The <c>communication/*</c> findings. They come from what people did with the messages, which the server
/// stores and the plan file does not hold, so the server computes them here rather than the engine
/// (docs/messages.md#findings, ADR 0018).
/// </summary>
public static class CommunicationFindings
{
    public const string Unacknowledged = "communication/unacknowledged";
    public const string NotUnderstood = "communication/not-understood";
    public const string NoExamples = "communication/no-examples";

    /// <summary>The findings as of the end of <paramref name="asOf"/> (UTC), for every strategic message of the organization.</summary>
    public static List<FindingResponse> Find(MessageData data, Departments departments, MessageOptions options, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(options);
        var until = new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(-1);
        var overdueBy = asOf.AddDays(-options.UnacknowledgedDays);
        var findings = new List<FindingResponse>();
        foreach (var message in data.Messages.Where(m => m.Kind == MessageKinds.Strategic))
        {
            foreach (var points in MessageBook.InCascadeOrder(data.Points.Where(p => p.MessageId == message.Id), departments))
            {
                var subject = $"{message.Number}/{points.Department}/{points.Level}";
                var who = $"{departments.Name(points.Department)} ({points.Level} level)";
                if (data.Current(points).Examples.Length == 0)
                {
                    findings.Add(Finding(NoExamples, subject,
                        $"The talking points of message {message.Number} for {who} name no concrete example: the department cannot explain what '{message.Title}' means for it.",
                        "Name the objectives, key results or initiatives of the department that carry the message, or give the department work under its goals."));
                }

                var overdue = data.Latest(points.Id, until)
                    .Count(d => DateOnly.FromDateTime(d.DeliveredAt.UtcDateTime) <= overdueBy && data.AcknowledgementOf(d, until) is null);
                if (overdue > 0)
                {
                    findings.Add(Finding(Unacknowledged, subject,
                        $"{overdue} of the people of {who} have not acknowledged message {message.Number} within {options.UnacknowledgedDays} days of receiving it.",
                        "Ask them in person whether they read it, and what is unclear; a message nobody confirms has not arrived."));
                }

                var figures = ComprehensionFigures.Of(data, points, until);
                if (figures.UnderstoodShare is { } share && share < options.UnderstoodShare)
                {
                    findings.Add(Finding(NotUnderstood, subject,
                        $"Only {figures.Understood} of {figures.Reviewed} reviewed restatements of message {message.Number} in {who} show it understood ({Percent(share)}, below {Percent(options.UnderstoodShare)}).",
                        "Answer the restatements that need clarification, then improve the talking points and release them again."));
                }
            }
        }

        return findings;
    }

    private static FindingResponse Finding(string ruleId, string subject, string message, string suggestion) =>
        new(ruleId, "communication", Severity.Warning.ToString().ToLowerInvariant(), "talking-points", subject, message, suggestion);

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";
}
