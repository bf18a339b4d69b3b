using Microsoft.AspNetCore.Mvc;
using Throughline.Web.Accounts;
using Throughline.Web.Messages;

namespace Throughline.Web.Pages.Org.Messages;

/// <summary>
/// One strategic message and its cascade: talking points per department and level with their examples and
/// flags, edited and released by the department's managers; and the comprehension of each.
/// </summary>
public sealed class MessageModel : MessagePageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public MessageResponse Message { get; private set; } = null!;

    public ComprehensionResponse Comprehension { get; private set; } = null!;

    /// <summary>The caller's own delivery of the message while it waits for their acknowledgement (the link of its e-mail leads here).</summary>
    public InboxItem? ToAcknowledge { get; private set; }

    [BindProperty]
    public string? Department { get; set; }

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The version the editor saw: saving over a later one is refused, and what was typed is kept.</summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>The talking points saved meanwhile by someone else, shown beside the text that was refused.</summary>
    public TalkingPointsResponse? Newer { get; private set; }

    public bool CanReview => Access.IsAtLeast(OrganizationRole.Manager);

    /// <summary>Whether the form of these talking points is the one just refused (it keeps what was typed).</summary>
    public bool IsFailed(TalkingPointsResponse points) =>
        FormError is not null && points is not null && points.Department == Department && points.Level == Level;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var outcome = await Book.EditAsync(
            Access, Id, Department ?? "", Level ?? "", new TalkingPointsRequest(Text, null), Version is { } seen ? [seen] : null, cancellationToken);
        if (outcome.Value is { } saved)
        {
            Notice = $"Version {saved.Version} of the talking points for {saved.DepartmentName} ({saved.Level} level) is saved; release it to deliver it.";
            return Redirect(Anchor(saved.Department, saved.Level));
        }

        var refused = Refuse(outcome.Refusal!) ?? await LoadAsync(cancellationToken);
        if (refused is null && outcome.Refusal!.Kind == Problems.RefusalKind.Stale)
        {
            Newer = Message.TalkingPoints.FirstOrDefault(p => p.Department == Department && p.Level == Level);
        }

        return refused ?? Page();
    }

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken cancellationToken)
    {
        var outcome = await Book.ReleaseAsync(Access, Id, Department ?? "", Level ?? "", cancellationToken);
        if (outcome.Value is { } released)
        {
            Notice = $"Version {released.Version} is released: delivered to {released.Delivered} {(released.Delivered == 1 ? "person" : "people")}.";
            return Redirect(Anchor(released.Department, released.Level));
        }

        return Refuse(outcome.Refusal!) ?? await LoadAsync(cancellationToken) ?? Page();
    }

    public static string PointsId(string department, string level) => $"points-{department}-{level}";

    private string Anchor(string department, string level) => OrgUrl($"messages/{Id}") + "#" + PointsId(department, level);

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var message = await Book.GetAsync(Access, Id, cancellationToken);
        if (message.Value is null)
        {
            return NotFound();
        }

        Message = message.Value;
        Comprehension = (await Book.ComprehensionAsync(Access, Id, cancellationToken)).Value!;
        ToAcknowledge = Access.PersonId is null ? null
            : (await Book.InboxAsync(Access, cancellationToken)).Strategic.FirstOrDefault(i => i.Message == Id && i.AcknowledgedAt is null);
        return null;
    }
}
