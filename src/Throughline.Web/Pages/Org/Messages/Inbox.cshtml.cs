using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Model;
using Throughline.Web.Messages;

namespace Throughline.Web.Pages.Org.Messages;

/// <summary>
/// The messages delivered to the signed-in person: strategic messages first and apart, each to acknowledge by
/// restating it and naming the work it touches; operational updates in a list of their own below.
/// </summary>
public sealed class MessageInboxModel : MessagePageModel
{
    public InboxResponse Inbox { get; private set; } = null!;

    /// <summary>The objectives, key results, initiatives and actions the person owns, to name in an acknowledgement.</summary>
    public IReadOnlyList<ExampleResponse> OwnWork { get; private set; } = [];

    [BindProperty]
    public int Message { get; set; }

    [BindProperty]
    public string? Restatement { get; set; }

    [BindProperty]
    public List<string> Work { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await Book.AcknowledgeAsync(Access, Message, new AcknowledgementRequest(Restatement, Work), cancellationToken);
        if (outcome.Value is not null)
        {
            Notice = $"Message {Message} is acknowledged; your manager will review your restatement.";
            return Redirect(OrgUrl("messages/inbox") + $"#message-{Message}");
        }

        if (Refuse(outcome.Refusal!) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Whether this message's form is the one just refused.</summary>
    public bool IsFailed(InboxItem item) => FormError is not null && item?.Message == Message;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Inbox = await Book.InboxAsync(Access, cancellationToken);
        OwnWork = Access.PersonId is not { } me ? [] : await ReadAsync(view =>
            (IReadOnlyList<ExampleResponse>)[.. view.Plan.Objectives.Where(o => o.Owner == me).Select(o => MessageExamples.Find(view, o.Id)!)
                .Concat(view.Plan.Objectives.SelectMany(o => o.KeyResults).Where(k => k.Owner == me).Select(k => MessageExamples.Find(view, k.Id)!))
                .Concat(view.Plan.Initiatives.Where(i => i.Owner == me).Select(i => MessageExamples.Find(view, i.Id)!))
                .Concat(view.Plan.Actions.Where(a => a.Owner == me && !a.Done).Select(a => MessageExamples.Find(view, a.Id)!))]);
    }
}
