using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Throughline.Core.Model;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Messages;

public static class MessageKinds
{
    public const string Strategic = "strategic";
    public const string Operational = "operational";
}

/// <summary>A value, or the reason the server refused to produce it.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal)
    where T : class
{
    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(null, refusal);
}

/// <summary>
/// Messages and their cascade: writing, editing and releasing talking points, acknowledging and reviewing
/// (docs/messages.md). The API and the pages both go through here, so they check and answer alike.
/// </summary>
public sealed partial class MessageBook(ThroughlineDb db, PlanCache cache, TimeProvider time, IOptions<MessageOptions> options)
{
    private const int MaxTitle = 200;
    private const int MaxText = 20_000;

    public async Task<Outcome<MessageResponse>> CreateAsync(OrganizationAccess access, MessageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var kind = request.Kind ?? MessageKinds.Strategic;
        if (kind is not (MessageKinds.Strategic or MessageKinds.Operational))
        {
            return Refusal.BadField("kind", $"Unknown kind '{kind}'; use strategic or operational.");
        }

        var strategic = kind == MessageKinds.Strategic;
        if (strategic && !access.IsAtLeast(OrganizationRole.Leader))
        {
            return Refusal.Forbidden("Only leaders, admins and owners write strategic messages; managers post operational updates to their units.");
        }

        if (!strategic && !access.IsAtLeast(OrganizationRole.Manager))
        {
            return Refusal.Forbidden("Only managers and above post operational updates.");
        }

        if (Text(request.Title, "title", MaxTitle, "Give the message a title that says what it is about.") is { } badTitle)
        {
            return badTitle;
        }

        if (Text(request.Why, "why", MaxText, strategic ? "Say why the message matters: the reason behind it." : "Write the update.") is { } badWhy)
        {
            return badWhy;
        }

        if (strategic && Text(request.WhatChanges, "whatChanges", MaxText, "Say what changes: what people will do differently.") is { } badChange)
        {
            return badChange;
        }

        var goals = strategic ? request.Goals ?? [] : [];
        if (strategic && goals.Count == 0)
        {
            return Refusal.BadField("goals", "Link the message to at least one goal, by id: its talking points are built from the work under them.");
        }

        var state = await cache.GetAsync(access.OrganizationId);
        var plan = state.Read(null, view => Prepare(access, view, request, strategic, goals));
        if (plan.Refusal is not null)
        {
            return plan.Refusal;
        }

        var cascade = plan.Value!;
        await state.Writes.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow();
            var number = 1 + (await db.Messages.Where(m => m.OrganizationId == access.OrganizationId).MaxAsync(m => (int?)m.Number, cancellationToken) ?? 0);
            var message = new MessageRow
            {
                OrganizationId = access.OrganizationId,
                Number = number,
                Kind = kind,
                Title = request.Title!.Trim(),
                Why = request.Why!.Trim(),
                WhatChanges = strategic ? request.WhatChanges!.Trim() : "",
                Goals = IdList.Join(goals),
                Unit = strategic ? null : request.Unit,
                AuthorUserId = access.UserId,
                Author = access.Actor,
                AuthorPerson = access.PersonId,
                CreatedAt = now,
            };
            db.Messages.Add(message);
            await db.SaveChangesAsync(cancellationToken);
            if (strategic)
            {
                foreach (var draft in cascade.Drafts)
                {
                    var points = new TalkingPointsRow { OrganizationId = access.OrganizationId, MessageId = message.Id, Department = draft.Department, Level = draft.Level, CurrentVersion = 1 };
                    db.TalkingPoints.Add(points);
                    await db.SaveChangesAsync(cancellationToken);
                    db.TalkingPointsVersions.Add(new TalkingPointsVersionRow
                    {
                        OrganizationId = access.OrganizationId,
                        TalkingPointsId = points.Id,
                        Version = 1,
                        Text = MessageExamples.Draft(message, draft.DepartmentName, draft.PersonLevel, draft.Examples),
                        Examples = IdList.Join(draft.Examples.Select(e => e.Id)),
                        EditedBy = "throughline",
                        EditedAt = now,
                    });
                }
            }
            else
            {
                db.Deliveries.AddRange(cascade.Recipients.Select(person => new DeliveryRow
                {
                    OrganizationId = access.OrganizationId,
                    MessageId = message.Id,
                    Version = 1,
                    PersonId = person,
                    DeliveredAt = now,
                }));
            }

            AuditLog.Add(db, access, time, "created", "message", number.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                JsonSerializer.Serialize(new { number, kind, title = message.Title, goals, unit = message.Unit }, AuditJson.Options));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (await GetAsync(access, number, cancellationToken)).Value!;
        }
        catch (DbUpdateException)
        {
            return Refusal.Conflict("id", "Another message was written at the same moment; send yours again.");
        }
        finally
        {
            state.Writes.Release();
        }
    }

    /// <summary>Whether the caller may edit, release and review for a department: its managers (by their person's unit) and leaders and above.</summary>
    public static bool CanManage(OrganizationAccess access, OrganizationView view, string department)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(view);
        if (access.IsAtLeast(OrganizationRole.Leader))
        {
            return true;
        }

        return access.IsAtLeast(OrganizationRole.Manager) && access.PersonId is { } me
            && Departments.Of(view.Plan).OfUnit(view.Index.Find<Person>(me)?.Unit) == department;
    }

    private sealed record Draft(string Department, string DepartmentName, PersonLevel PersonLevel, IReadOnlyList<ExampleResponse> Examples)
    {
        public string Level => Departments.LevelName(PersonLevel);
    }

    private sealed record Prepared(IReadOnlyList<Draft> Drafts, IReadOnlyList<string> Recipients);

    // Checks the goals or unit against the plan and drafts the cascade (strategic) or finds the recipients (operational).
    private static Outcome<Prepared> Prepare(OrganizationAccess access, OrganizationView view, MessageRequest request, bool strategic, IReadOnlyList<string> goals)
    {
        if (!strategic)
        {
            if (request.Unit is not { Length: > 0 } unit)
            {
                return Refusal.BadField("unit", "Name the unit the update goes to; its people and those of the units below it receive it.");
            }

            if (view.Index.Find(unit) is not { Kind: Core.Plans.PlanItemKind.Unit })
            {
                return Refusal.Invalid("unit", $"There is no unit '{unit}' in this organization.");
            }

            var units = view.Index.UnitAndBelow(unit, view.Plan);
            var mine = access.PersonId is { } me && view.Index.Find<Person>(me)?.Unit is { } myUnit && view.Index.UnitAndBelow(myUnit, view.Plan).Contains(unit);
            if (!access.IsAtLeast(OrganizationRole.Leader) && !mine)
            {
                return Refusal.Forbidden($"Managers post operational updates to their own unit and the units below it; '{unit}' is not one of them.");
            }

            return new Prepared([], [.. view.Plan.Organization.People.Where(p => p.Unit is not null && units.Contains(p.Unit)).Select(p => p.Id)]);
        }

        for (var i = 0; i < goals.Count; i++)
        {
            if (view.Index.Find(goals[i]) is not { Kind: Core.Plans.PlanItemKind.Goal })
            {
                return Refusal.Invalid($"goals[{i}]", $"There is no goal '{goals[i]}' in this organization.");
            }
        }

        var departments = Departments.Of(view.Plan);
        var examples = MessageExamples.ByDepartment(view, departments, goals);
        var drafts = new List<Draft>();
        foreach (var department in departments.All)
        {
            foreach (var level in Departments.Levels.Where(l => departments.People(department.Id, l).Any()))
            {
                drafts.Add(new Draft(department.Id, departments.Name(department.Id), level, examples[department.Id]));
            }
        }

        return new Prepared(drafts, []);
    }

    private static Outcome<List<string>> CheckExamples(OrganizationAccess access, OrganizationView view, IReadOnlyList<string>? examples)
    {
        var ids = new List<string>();
        var hidden = Items.Permissions.Hidden(access, view);
        for (var i = 0; i < (examples?.Count ?? 0); i++)
        {
            var id = examples![i];
            if (MessageExamples.Find(view, id) is null || hidden.Contains(id))
            {
                return Refusal.Invalid($"examples[{i}]", $"There is no goal, objective, key result, initiative or action '{id}' in this organization.");
            }

            if (!ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static bool OwnedBy(OrganizationView view, string id, string person) => view.Index.Find(id)?.Element switch
    {
        Objective o => o.Owner == person,
        KeyResult k => k.Owner == person,
        Initiative i => i.Owner == person,
        PlanAction a => a.Owner == person,
        _ => false,
    };

    private static Refusal? Text(string? text, string field, int max, string missing) =>
        string.IsNullOrWhiteSpace(text) ? Refusal.BadField(field, missing)
        : text.Length > max ? Refusal.BadField(field, $"'{field}' holds at most {max} characters.")
        : null;

    private static string Subject(MessageRow message, TalkingPointsRow points) => $"{message.Number}/{points.Department}/{points.Level}";

    private async Task<Refusal?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal.Conflict("version", "The talking points changed at the same moment; read them again and repeat your change.");
        }
    }

    private sealed record FoundPoints(MessageRow Message, TalkingPointsRow Points);

    private async Task<Outcome<FoundPoints>> FindPointsAsync(
        OrganizationAccess access, int number, string department, string level, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.Number == number, cancellationToken);
        var points = message is null ? null : await db.TalkingPoints.SingleOrDefaultAsync(p => p.MessageId == message.Id && p.Department == department && p.Level == level, cancellationToken);
        return points is null
            ? Refusal.UnknownItem($"talking points for {department} at the level", level + (message is null ? $" of a message {number}" : $" in message {number}"))
            : new FoundPoints(message!, points);
    }
}
