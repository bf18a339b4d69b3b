using Microsoft.AspNetCore.Mvc;
using Throughline.Web.Messages;
using Throughline.Web.Problems;

namespace Throughline.Web.Pages.Org.Messages;

/// <summary>What the message pages share: the message book, and how a refusal is shown.</summary>
public abstract class MessagePageModel : OrgPageModel
{
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Why the form just posted was refused.</summary>
    public string? FormError { get; protected set; }

    protected MessageBook Book => HttpContext.RequestServices.GetRequiredService<MessageBook>();

    /// <summary>A refusal as the page answers it: not found and forbidden as their status pages, anything else next to the form.</summary>
    protected IActionResult? Refuse(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        switch (refusal.Kind)
        {
            case RefusalKind.NotFound:
                return NotFound();
            case RefusalKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                FormError = refusal.Message;
                Response.StatusCode = refusal.Kind is RefusalKind.Conflict or RefusalKind.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return null;
        }
    }
}
