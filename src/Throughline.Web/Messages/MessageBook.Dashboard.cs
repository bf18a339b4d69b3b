using Throughline.Web.Organizations;

namespace Throughline.Web.Messages;

/// <summary>How one strategic message came across so far, over every set of its talking points released.</summary>
public sealed record MessageReach(int Id, string Title, DateTimeOffset CreatedAt, ComprehensionFigures Figures, int Flagged);

/// <summary>
/// The home page's card of strategic messages: the caller's messages still to acknowledge, then the latest messages
/// with how far they reached and how well they were understood.
/// </summary>
public sealed record MessagesCard(IReadOnlyList<(int Id, string Title)> ToAcknowledge, IReadOnlyList<MessageReach> Latest);

public sealed partial class MessageBook
{
    /// <summary>The home page's card, with the <paramref name="count"/> latest strategic messages.</summary>
    public async Task<MessagesCard> CardAsync(OrganizationAccess access, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var data = await MessageData.LoadAsync(db, access.OrganizationId, null, cancellationToken);
        var strategic = data.Messages.Where(m => m.Kind == MessageKinds.Strategic).ToDictionary(m => m.Id);
        var toAcknowledge = data.Deliveries
            .Where(d => d.PersonId == access.PersonId && strategic.ContainsKey(d.MessageId))
            .GroupBy(d => d.MessageId)
            .Select(g => g.MaxBy(d => d.Id)!)
            .Where(d => data.AcknowledgementOf(d) is null)
            .OrderByDescending(d => d.DeliveredAt)
            .Select(d => (strategic[d.MessageId].Number, strategic[d.MessageId].Title))
            .ToList();
        var latest = strategic.Values
            .OrderByDescending(m => m.Number)
            .Take(count)
            .Select(m =>
            {
                var points = data.Points.Where(p => p.MessageId == m.Id).ToList();
                return new MessageReach(m.Number, m.Title, m.CreatedAt, ComprehensionFigures.Of(data, points), points.Count(p => data.Current(p).Examples.Length == 0));
            })
            .ToList();
        return new MessagesCard(toAcknowledge, latest);
    }
}
