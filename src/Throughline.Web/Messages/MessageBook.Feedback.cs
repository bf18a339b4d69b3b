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

/// <summary>The feedback loop: acknowledgements with restatements, and their reviews.</summary>
public sealed partial class MessageBook
{
    /// <summary>The caller acknowledges the message they received, restating it and naming the work of theirs it touches.</summary>
    public async Task<Outcome<InboxItem>> AcknowledgeAsync(OrganizationAccess access, int number, AcknowledgementRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        if (!access.IsAtLeast(OrganizationRole.Member))
        {
            return Refusal.Forbidden("Viewers change nothing, acknowledgements included.");
        }

        if (access.PersonId is not { } me)
        {
            return Refusal.Conflict("person", "Your membership names no person of the plan, so no message is delivered to you; ask an admin to link you to your person.");
        }

        var message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.Number == number, cancellationToken);
        if (message is null)
        {
            return Refusal.UnknownItem("message", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (message.Kind != MessageKinds.Strategic)
        {
            return Refusal.Conflict("message", "Operational updates need no acknowledgement; only strategic messages are restated.");
        }

        var delivery = await db.Deliveries.AsNoTracking().Where(d => d.MessageId == message.Id && d.PersonId == me).OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        if (delivery is null)
        {
            return Refusal.Conflict("message", $"Message {number} has not been delivered to you; its talking points for your department and level are not released yet.");
        }

        if (await db.Acknowledgements.AnyAsync(a => a.DeliveryId == delivery.Id, cancellationToken))
        {
            return Refusal.Conflict("message", $"You acknowledged version {delivery.Version} of message {number} already; a new version, once released, can be acknowledged again.");
        }

        if (Text(request.Restatement, "restatement", MaxText, "Restate the message in your own words: what it asks and why.") is { } badRestatement)
        {
            return badRestatement;
        }

        var work = request.Work ?? [];
        var state = await cache.GetAsync(access.OrganizationId);
        var badWork = state.Read(null, view =>
        {
            for (var i = 0; i < work.Count; i++)
            {
                if (!OwnedBy(view, work[i], me))
                {
                    return Refusal.Invalid($"work[{i}]", $"'{work[i]}' is not an objective, key result, initiative or action you own; name only your own work.");
                }
            }

            return null;
        });
        if (badWork is not null)
        {
            return badWork;
        }

        db.Acknowledgements.Add(new AcknowledgementRow
        {
            OrganizationId = access.OrganizationId,
            DeliveryId = delivery.Id,
            Restatement = request.Restatement!.Trim(),
            Work = IdList.Join(work.Distinct(StringComparer.Ordinal)),
            UserId = access.UserId,
            AcknowledgedAt = time.GetUtcNow(),
        });
        if (await SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var inbox = await InboxAsync(access, cancellationToken);
        return inbox.Strategic.First(item => item.Message == number);
    }

    /// <summary>A manager's review of a restatement: understood, or needs clarification, with an optional answer.</summary>
    public async Task<Outcome<RestatementResponse>> ReviewAsync(
        OrganizationAccess access, int number, string person, ReviewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        if (!access.IsAtLeast(OrganizationRole.Manager))
        {
            return Refusal.Forbidden("Only managers and above review restatements.");
        }

        var message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.OrganizationId == access.OrganizationId && m.Number == number && m.Kind == MessageKinds.Strategic, cancellationToken);
        var delivery = message is null ? null : await db.Deliveries.AsNoTracking()
            .Where(d => d.MessageId == message.Id && d.PersonId == person).OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        var points = delivery is null ? null : await db.TalkingPoints.AsNoTracking().SingleAsync(p => p.Id == delivery.TalkingPointsId, cancellationToken);
        if (points is null)
        {
            return Refusal.UnknownItem("restatement of message " + number + " by", person);
        }

        var state = await cache.GetAsync(access.OrganizationId);
        if (!state.Read(null, view => CanManage(access, view, points.Department)))
        {
            return Refusal.Forbidden("Only managers of the recipient's department, and leaders, review their restatements.");
        }

        if (request.Status is not (ReviewStatus.Understood or ReviewStatus.NeedsClarification))
        {
            return Refusal.BadField("status", $"Unknown status '{request.Status}'; use understood or needs-clarification.");
        }

        if (request.Answer is { Length: > MaxText })
        {
            return Refusal.BadField("answer", $"The answer holds at most {MaxText} characters.");
        }

        var acknowledgement = await db.Acknowledgements.AsNoTracking().SingleOrDefaultAsync(a => a.DeliveryId == delivery!.Id, cancellationToken);
        if (acknowledgement is null)
        {
            return Refusal.Conflict("person", $"{person} has not acknowledged message {number} yet: there is no restatement to review.");
        }

        db.Reviews.Add(new ReviewRow
        {
            OrganizationId = access.OrganizationId,
            AcknowledgementId = acknowledgement.Id,
            Status = request.Status,
            Answer = string.IsNullOrWhiteSpace(request.Answer) ? null : request.Answer.Trim(),
            Reviewer = access.Actor,
            ReviewedAt = time.GetUtcNow(),
        });
        AuditLog.Add(db, access, time, "reviewed", "restatement", $"{number}/{person}", null,
            JsonSerializer.Serialize(new { status = request.Status, answer = request.Answer }, AuditJson.Options));
        if (await SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var all = await RestatementsAsync(access, number, cancellationToken);
        return all.Value!.Items.First(r => r.Person == person);
    }
}
