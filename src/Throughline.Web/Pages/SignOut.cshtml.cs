using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Throughline.Web.Accounts;
using Throughline.Web.Storage;

namespace Throughline.Web.Pages;

/// <summary>Signs out on POST (a link cannot sign anyone out) and returns to the sign-in page.</summary>
public sealed class SignOutModel(SignInManager<UserAccount> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/sign-in");
    }
}
