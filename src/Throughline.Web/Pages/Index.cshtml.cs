using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Throughline.Web.Accounts;
using Throughline.Web.Storage;

namespace Throughline.Web.Pages;

/// <summary>The organizations of the signed-in user; with exactly one, straight to its home page.</summary>
public sealed class IndexModel(ThroughlineDb db) : PageModel
{
    public sealed record Entry(string Slug, string Name, string Role);

    public IReadOnlyList<Entry> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = User.UserId();
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new Entry(o.Slug, o.Name, m.Role))
            .ToListAsync(HttpContext.RequestAborted);
        if (rows.Count == 1)
        {
            return Redirect("/o/" + Uri.EscapeDataString(rows[0].Slug));
        }

        Organizations = [.. rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
        return Page();
    }
}
