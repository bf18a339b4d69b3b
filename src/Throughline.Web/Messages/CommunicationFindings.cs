using System.Globalization;
using Throughline.Core.Findings;
using Throughline.Core.Model;
using Throughline.Core.Rules;
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

/// <summary>A communication finding and the department (a unit of the plan) it is about.</summary>
public sealed record DepartmentFinding(string Department, Severity Severity, FindingResponse Finding);

/// <summary>
/// The <c>communication/*</c> findings. They come from what people did with the messages, which the server
/// stores and the plan file does not hold, so the server computes them here rather than the engine
/// (docs/messages.md#findings, ADR 0018).
/// </summary>
public static class CommunicationFindings
{
    public const string Family = "communication";

    public const string Unacknowledged = "communication/unacknowledged";
    public const string NotUnderstood = "communication/not-understood";
    public const string NoExamples = "communication/no-examples";

    /// <summary>
    /// The findings as of the end of <paramref name="asOf"/> (UTC), for every strategic message of the organization, each
    /// with the department it is about. The plan's <c>rules:</c> section switches a rule off, changes its severity or sets
    /// its parameter; a parameter it leaves unset comes from the server's <c>Messages:</c> settings.
    /// </summary>
    public static List<DepartmentFinding> Find(MessageData data, Departments departments, RuleConfiguration rules, MessageOptions options, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        var noExamples = Setting(rules, options, NoExamples);
        var unacknowledged = Setting(rules, options, Unacknowledged);
        var notUnderstood = Setting(rules, options, NotUnderstood);
        var days = (int)Math.Round(unacknowledged.Parameter ?? options.UnacknowledgedDays);
        var minimumShare = notUnderstood.Parameter ?? options.UnderstoodShare;
        var until = new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(-1);
        var overdueBy = asOf.AddDays(-days);
        var findings = new List<DepartmentFinding>();
        foreach (var message in data.Messages.Where(m => m.Kind == MessageKinds.Strategic))
        {
            foreach (var points in MessageBook.InCascadeOrder(data.Points.Where(p => p.MessageId == message.Id), departments))
            {
                var subject = $"{message.Number}/{points.Department}/{points.Level}";
                var who = $"{departments.Name(points.Department)} ({points.Level} level)";
                if (noExamples.Severity is { } noExamplesSeverity && data.Current(points).Examples.Length == 0)
                {
                    findings.Add(Finding(NoExamples, noExamplesSeverity, points.Department, subject,
                        $"The talking points of message {message.Number} for {who} name no concrete example: the department cannot explain what '{message.Title}' means for it.",
                        "Name the objectives, key results or initiatives of the department that carry the message, or give the department work under its goals."));
                }

                var overdue = data.Latest(points.Id, until)
                    .Count(d => DateOnly.FromDateTime(d.DeliveredAt.UtcDateTime) <= overdueBy && data.AcknowledgementOf(d, until) is null);
                if (unacknowledged.Severity is { } unacknowledgedSeverity && overdue > 0)
                {
                    findings.Add(Finding(Unacknowledged, unacknowledgedSeverity, points.Department, subject,
                        $"{overdue} of the people of {who} have not acknowledged message {message.Number} within {days} days of receiving it.",
                        "Ask them in person whether they read it, and what is unclear; a message nobody confirms has not arrived."));
                }

                var figures = ComprehensionFigures.Of(data, points, until);
                if (notUnderstood.Severity is { } notUnderstoodSeverity && figures.UnderstoodShare is { } share && share < minimumShare)
                {
                    findings.Add(Finding(NotUnderstood, notUnderstoodSeverity, points.Department, subject,
                        $"Only {figures.Understood} of {figures.Reviewed} reviewed restatements of message {message.Number} in {who} show it understood ({Percent(share)}, below {Percent(minimumShare)}).",
                        "Answer the restatements that need clarification, then improve the talking points and release them again."));
                }
            }
        }

        return findings;
    }

    /// <summary>A communication rule with the server's <c>Messages:</c> settings as its parameters' defaults.</summary>
    public static RuleDescriptor WithServerDefaults(RuleDescriptor rule, MessageOptions options)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(options);
        return rule.Id switch
        {
            Unacknowledged => rule with { Parameters = new Dictionary<string, double> { ["days"] = options.UnacknowledgedDays } },
            NotUnderstood => rule with { Parameters = new Dictionary<string, double> { ["share"] = options.UnderstoodShare } },
            _ => rule,
        };
    }

    /// <summary>A rule's severity in this organization (null when switched off) and its one parameter, if it has one.</summary>
    private static (Severity? Severity, double? Parameter) Setting(RuleConfiguration rules, MessageOptions options, string ruleId)
    {
        var rule = WithServerDefaults(RuleCatalog.Find(ruleId)!, options);
        if (!rules.IsEnabled(ruleId))
        {
            return (null, null);
        }

        return (rules.SeverityOf(rule), rule.Parameters.Keys.SingleOrDefault() is { } name ? rules.Parameter(rule, name) : null);
    }

    private static DepartmentFinding Finding(string ruleId, Severity severity, string department, string subject, string message, string suggestion) =>
        new(department, severity, new(ruleId, Family, severity.Name(), "talking-points", subject, message, suggestion));

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";
}
