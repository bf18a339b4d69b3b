using Throughline.Core.Model;
using Throughline.Web.Analysis;
using Throughline.Web.Notifications;
using Throughline.Web.Storage;

namespace Throughline.Web.Messages;

/// <summary>
/// The open questions of the weekly agendas: restatements whose latest review is <c>needs-clarification</c>,
/// counted over each recipient's latest delivery, for every unit of the talking points' department. A later
/// <c>understood</c> closes the question; so does a new version delivered to the person, which they restate anew.
/// </summary>
public sealed class RestatementQuestions(ThroughlineDb db, PlanCache plans) : IOpenQuestions
{
    /// <summary>How much of a restatement the agenda quotes.</summary>
    public const int QuoteLength = 200;

    public async Task<IReadOnlyList<OpenQuestion>> ForAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var data = await MessageData.LoadAsync(db, organizationId, null, cancellationToken);
        var open = new List<(MessageRow Message, TalkingPointsRow Points, DeliveryRow Delivery, AcknowledgementRow Restatement, ReviewRow Review)>();
        foreach (var points in data.Points)
        {
            foreach (var delivery in data.Latest(points.Id))
            {
                var restatement = data.AcknowledgementOf(delivery);
                if (data.ReviewOf(restatement) is { Status: ReviewStatus.NeedsClarification } review)
                {
                    open.Add((data.Messages.Single(m => m.Id == points.MessageId), points, delivery, restatement!, review));
                }
            }
        }

        if (open.Count == 0)
        {
            return [];
        }

        var state = await plans.GetAsync(organizationId);
        return state.Read(null, view => open
            .OrderBy(q => q.Message.Number).ThenBy(q => q.Review.Id)
            .Select(q => new OpenQuestion(
                q.Points.Department,
                $"Message {q.Message.Number} \"{q.Message.Title}\": {view.Index.Find<Person>(q.Delivery.PersonId)?.Name ?? q.Delivery.PersonId} "
                + $"restated it as \"{Quote(q.Restatement.Restatement)}\"; {q.Review.Reviewer} "
                + (q.Review.Answer is { } note ? $"noted: \"{note}\"" : "asked for clarification without a note")))
            .ToList());
    }

    /// <summary>The restatement on one line, cut at <see cref="QuoteLength"/> characters.</summary>
    public static string Quote(string restatement)
    {
        ArgumentNullException.ThrowIfNull(restatement);
        var line = string.Join(' ', restatement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= QuoteLength ? line : line[..(QuoteLength - 1)].TrimEnd() + "…";
    }
}
