using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Throughline.Web.Accounts;
using Throughline.Web.Storage;

namespace Throughline.Web.Pages.Org.Settings;

/// <summary>
/// Settings, the signed-in account's personal access tokens: list, create (the secret shown once) and revoke,
/// with the checks of the tokens API and its rate limit.
/// </summary>
[EnableRateLimiting(AccountsApi.TokenLimit)]
public sealed class TokensModel(ThroughlineDb db, AccessTokenCache cache, TimeProvider time) : OrgPageModel
{
    public const int DefaultDays = 90;

    public IReadOnlyList<TokenResponse> Tokens { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The secret of the token just created: shown on the next page once, never stored.</summary>
    [TempData]
    public string? NewSecret { get; set; }

    [TempData]
    public string? NewName { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Scope { get; set; } = "read";

    [BindProperty]
    public string? ExpiresInDays { get; set; } = DefaultDays.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [BindProperty]
    public Guid? TokenId { get; set; }

    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public string? FormError { get; private set; }

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        int? days = null;
        if (!string.IsNullOrWhiteSpace(ExpiresInDays))
        {
            if (!int.TryParse(ExpiresInDays.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                FieldErrors[nameof(ExpiresInDays)] = $"'{ExpiresInDays.Trim()}' is not a whole number of days; a token lives from 1 to {PersonalTokens.MaxDays} days, or leave the field empty for a token that does not expire.";
                await LoadAsync(cancellationToken);
                return Page();
            }

            days = parsed;
        }

        var request = new CreateTokenRequest(Name, Scope, days);
        if (PersonalTokens.Check(request) is { } refusal)
        {
            FieldErrors[refusal.Field switch { "name" => nameof(Name), "scope" => nameof(Scope), _ => nameof(ExpiresInDays) }] = refusal.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var token = await PersonalTokens.CreateAsync(db, time, Access.UserId, request, cancellationToken);
        NewSecret = token.Token;
        NewName = token.Name;
        return Redirect(OrgUrl("settings/tokens"));
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        if (TokenId is not { } id || !await PersonalTokens.RevokeAsync(db, cache, time, Access.UserId, id, cancellationToken))
        {
            FormError = "You have no such token; it may have been removed meanwhile.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = "The token is revoked: requests with it are refused from now on.";
        return Redirect(OrgUrl("settings/tokens"));
    }

    /// <summary>Active, expired or revoked, in words.</summary>
    public string State(TokenResponse token) =>
        token?.RevokedAt is not null ? "revoked" : token?.ExpiresAt is { } expires && expires <= Now ? "expired" : "active";

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await PersonalTokens.ListAsync(db, Access.UserId, cancellationToken);
}
