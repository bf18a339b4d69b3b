using Microsoft.AspNetCore.Mvc;
using Throughline.Web.Messages;

namespace Throughline.Web.Pages.Org.Messages;

/// <summary>The restatements of a message in the departments the manager answers for, each to mark understood or needing clarification.</summary>
public sealed class MessageReviewModel : MessagePageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public MessageResponse Message { get; private set; } = null!;

    public RestatementsResponse Restatements { get; private set; } = null!;

    [BindProperty]
    public string? Person { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await Book.ReviewAsync(Access, Id, Person ?? "", new ReviewRequest(Status, Answer), cancellationToken);
        if (outcome.Value is { } reviewed)
        {
            Notice = $"The restatement of {reviewed.Name} is marked {(reviewed.Review == ReviewStatus.Understood ? "understood" : "as needing clarification")}.";
            return Redirect(OrgUrl($"messages/{Id}/review"));
        }

        return Refuse(outcome.Refusal!) ?? await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var message = await Book.GetAsync(Access, Id, cancellationToken);
        if (message.Value is null)
        {
            return NotFound();
        }

        var restatements = await Book.RestatementsAsync(Access, Id, cancellationToken);
        if (restatements.Value is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Message = message.Value;
        Restatements = restatements.Value;
        return null;
    }
}
