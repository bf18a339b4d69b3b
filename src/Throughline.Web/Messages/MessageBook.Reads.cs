using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Throughline.Core.Model;
using Throughline.Core.Rules;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Messages;

public sealed partial class MessageBook
{
    /// <summary>The messages of one kind, newest first: strategic messages and operational updates are listed apart.</summary>
    public async Task<MessageListResponse> ListAsync(OrganizationAccess access, string kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var data = await MessageData.LoadAsync(db, access.OrganizationId, null, cancellationToken);
        var items = data.Messages.Where(m => m.Kind == kind).OrderByDescending(m => m.Number).Select(m =>
        {
            var points = data.Points.Where(p => p.MessageId == m.Id).ToList();
            return new MessageSummary(
                m.Number, m.Kind, m.Title, IdList.Split(m.Goals), m.Unit, m.Author, m.CreatedAt,
                points.Count, points.Count(p => p.ReleasedVersion is not null), points.Count(p => data.Current(p).Examples.Length == 0));
        }).ToList();
        return new MessageListResponse(access.Slug, kind, items.Count, items);
    }

    /// <summary>A message with its cascade: the talking points of every department and level, their examples and flags.</summary>
    public async Task<Outcome<MessageResponse>> GetAsync(OrganizationAccess access, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var id = await IdOfAsync(access, number, cancellationToken);
        if (id is null)
        {
            return Refusal.UnknownItem("message", number.ToString(CultureInfo.InvariantCulture));
        }

        var data = await MessageData.LoadAsync(db, access.OrganizationId, id, cancellationToken);
        var message = data.Messages.Single();
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view =>
        {
            var departments = Departments.Of(view.Plan);
            var points = InCascadeOrder(data.Points, departments).Select(p => Describe(access, view, departments, message, data, p)).ToList();
            var recipients = data.Deliveries.Select(d => d.PersonId).Distinct(StringComparer.Ordinal).Count();
            return new MessageResponse(
                message.Number, message.Kind, message.Title, message.Why, message.WhatChanges, IdList.Split(message.Goals), message.Unit,
                message.Author, message.CreatedAt, recipients, points);
        });
    }

    /// <summary>What the caller received: strategic messages first and apart, operational updates in their own list; newest first in each.</summary>
    public async Task<InboxResponse> InboxAsync(OrganizationAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.PersonId is not { } me)
        {
            return new InboxResponse(access.Slug, null, [], []);
        }

        var data = await MessageData.LoadAsync(db, access.OrganizationId, null, cancellationToken);
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view =>
        {
            var departments = Departments.Of(view.Plan);
            var items = data.Deliveries.Where(d => d.PersonId == me)
                .GroupBy(d => d.MessageId)
                .Select(g => g.MaxBy(d => d.Id)!)
                .OrderByDescending(d => d.DeliveredAt).ThenByDescending(d => d.Id)
                .Select(d => Received(view, data, data.Messages.Single(m => m.Id == d.MessageId), d))
                .ToList();
            return new InboxResponse(
                access.Slug, me, [.. items.Where(i => i.Kind == MessageKinds.Strategic)], [.. items.Where(i => i.Kind == MessageKinds.Operational)]);
        });
    }

    /// <summary>Every recipient's latest delivery of the message in the departments the caller may review, with their restatement and review.</summary>
    public async Task<Outcome<RestatementsResponse>> RestatementsAsync(OrganizationAccess access, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsAtLeast(OrganizationRole.Manager))
        {
            return Refusal.Forbidden("Only managers and above review restatements.");
        }

        var id = await IdOfAsync(access, number, cancellationToken);
        if (id is null)
        {
            return Refusal.UnknownItem("message", number.ToString(CultureInfo.InvariantCulture));
        }

        var data = await MessageData.LoadAsync(db, access.OrganizationId, id, cancellationToken);
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view =>
        {
            var departments = Departments.Of(view.Plan);
            var items = new List<RestatementResponse>();
            foreach (var points in InCascadeOrder(data.Points, departments).Where(p => CanManage(access, view, p.Department)))
            {
                foreach (var delivery in data.Latest(points.Id).OrderBy(d => view.Plan.Organization.People.FindIndex(p => p.Id == d.PersonId)))
                {
                    var acknowledgement = data.AcknowledgementOf(delivery);
                    var review = data.ReviewOf(acknowledgement);
                    items.Add(new RestatementResponse(
                        delivery.PersonId, view.Index.Find<Person>(delivery.PersonId)?.Name ?? delivery.PersonId, points.Department, points.Level,
                        delivery.Version, delivery.DeliveredAt, acknowledgement?.AcknowledgedAt, acknowledgement?.Restatement,
                        IdList.Split(acknowledgement?.Work), review?.Status, review?.Answer, review?.Reviewer));
                }
            }

            return new RestatementsResponse(access.Slug, number, items);
        });
    }

    /// <summary>Comprehension per department and level (docs/messages.md#comprehension).</summary>
    public async Task<Outcome<ComprehensionResponse>> ComprehensionAsync(OrganizationAccess access, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var id = await IdOfAsync(access, number, cancellationToken);
        if (id is null)
        {
            return Refusal.UnknownItem("message", number.ToString(CultureInfo.InvariantCulture));
        }

        var data = await MessageData.LoadAsync(db, access.OrganizationId, id, cancellationToken);
        var state = await cache.GetAsync(access.OrganizationId);
        var departments = state.Read(null, view => Departments.Of(view.Plan));
        var rows = InCascadeOrder(data.Points, departments).Select(p =>
        {
            var figures = ComprehensionFigures.Of(data, p);
            return new ComprehensionRow(
                p.Department, departments.Name(p.Department), p.Level, p.ReleasedVersion, figures.Recipients, figures.Acknowledged, figures.AcknowledgedShare,
                figures.Reviewed, figures.Understood, figures.UnderstoodShare, figures.MedianHoursToAcknowledge);
        }).ToList();
        return new ComprehensionResponse(access.Slug, number, rows);
    }

    /// <summary>The communication findings of the organization as of a day, each with the department it is about.</summary>
    public async Task<List<DepartmentFinding>> FindingsAsync(OrganizationAccess access, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var data = await MessageData.LoadAsync(db, access.OrganizationId, null, cancellationToken);
        if (data.Messages.Count == 0)
        {
            return [];
        }

        var state = await cache.GetAsync(access.OrganizationId);
        var (departments, rules) = state.Read(null, view => (Departments.Of(view.Plan), new RuleConfiguration(view.Plan.Rules)));
        return CommunicationFindings.Find(data, departments, rules, options.Value, asOf);
    }

    /// <summary>Talking points by department in plan order, then by level from executive to frontline.</summary>
    public static IEnumerable<TalkingPointsRow> InCascadeOrder(IEnumerable<TalkingPointsRow> points, Departments departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var order = departments.All.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return points
            .OrderBy(p => order.GetValueOrDefault(p.Department, int.MaxValue))
            .ThenBy(p => Departments.TryParseLevel(p.Level, out var level) ? (int)level : int.MaxValue)
            .ThenBy(p => p.Id);
    }

    private async Task<TalkingPointsResponse> PointsAsync(OrganizationAccess access, MessageRow message, TalkingPointsRow points, CancellationToken cancellationToken)
    {
        var data = await MessageData.LoadAsync(db, access.OrganizationId, message.Id, cancellationToken);
        var state = await cache.GetAsync(access.OrganizationId);
        return state.Read(null, view => Describe(access, view, Departments.Of(view.Plan), message, data, data.Points.Single(p => p.Id == points.Id)));
    }

    private static TalkingPointsResponse Describe(
        OrganizationAccess access, OrganizationView view, Departments departments, MessageRow message, MessageData data, TalkingPointsRow points)
    {
        var current = data.Current(points);
        var examples = Examples(view, current.Examples);
        var name = departments.Name(points.Department);
        var flag = examples.Count == 0
            ? $"Nothing of {name} is named under {string.Join(", ", IdList.Split(message.Goals))}: the department cannot explain what the message means for it."
            : null;
        var recipients = Departments.TryParseLevel(points.Level, out var level) ? departments.People(points.Department, level).Count() : 0;
        return new TalkingPointsResponse(
            points.Department, name, points.Level, points.CurrentVersion, points.ReleasedVersion, points.ReleasedAt, current.Text, examples, flag,
            departments.Heads(points.Department), recipients, CanManage(access, view, points.Department));
    }

    private static InboxItem Received(OrganizationView view, MessageData data, MessageRow message, DeliveryRow delivery)
    {
        var points = delivery.TalkingPointsId is { } id ? data.Points.Single(p => p.Id == id) : null;
        var version = points is null ? null : data.Versions[(points.Id, delivery.Version)];
        var acknowledgement = data.AcknowledgementOf(delivery);
        var review = data.ReviewOf(acknowledgement);
        return new InboxItem(
            message.Number, message.Kind, message.Title, message.Why, message.WhatChanges, IdList.Split(message.Goals), points?.Department, points?.Level,
            delivery.Version, version?.Text ?? message.Why, version is null ? [] : Examples(view, version.Examples), delivery.DeliveredAt,
            acknowledgement?.AcknowledgedAt, acknowledgement?.Restatement, IdList.Split(acknowledgement?.Work), review?.Status, review?.Answer);
    }

    private static List<ExampleResponse> Examples(OrganizationView view, string ids) =>
        [.. IdList.Split(ids).Select(id => MessageExamples.Find(view, id) ?? new ExampleResponse("removed", id, id))];

    private async Task<long?> IdOfAsync(OrganizationAccess access, int number, CancellationToken cancellationToken) =>
        await db.Messages.Where(m => m.OrganizationId == access.OrganizationId && m.Number == number).Select(m => (long?)m.Id).SingleOrDefaultAsync(cancellationToken);
}
