using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Throughline.Web.Accounts;
using Throughline.Web.Storage;

namespace Throughline.Web.Pages;

/// <summary>The sign-in form: on a wrong password it says so above the fields and keeps the e-mail address typed.</summary>
[EnableRateLimiting(AccountsApi.SignInLimit)]
public sealed class SignInModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the e-mail address of your account.")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!.Trim());
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password!, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            Failure = "Too many wrong passwords in a row: the account is locked for a few minutes. Try again later.";
            return Page();
        }

        if (!result.Succeeded)
        {
            Failure = "The e-mail address or the password is wrong.";
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
