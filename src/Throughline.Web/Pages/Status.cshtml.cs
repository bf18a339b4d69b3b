using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Throughline.Web.Pages;

/// <summary>What a page shows for an error status: what happened and where to go, never a stack trace.</summary>
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Not found", "There is no such page, or it belongs to an organization you are not a member of."),
            403 => ("Not allowed", "Your role in this organization does not allow this. An administrator of the organization can change your role."),
            400 => ("Something in the request was wrong", "Go back, reload the page and try again."),
            _ => ("Something went wrong", "The server could not answer. Try again in a moment; if it keeps happening, the server's log says why."),
        };
    }
}
