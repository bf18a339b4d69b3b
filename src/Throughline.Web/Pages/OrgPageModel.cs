using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Throughline.Web.Analysis;
using Throughline.Web.Organizations;
using Throughline.Web.Storage;

namespace Throughline.Web.Pages;

/// <summary>
/// A page of one organization, <c>/o/{slug}/…</c>. Resolves the caller's membership before any handler runs,
/// exactly as the API does: a non-member gets the same 404 as for an organization that does not exist, and
/// a read-only token cannot post. The layout reads <see cref="Access"/> for the navigation.
/// </summary>
public abstract class OrgPageModel : PageModel
{
    public const string AccessKey = "OrganizationAccess";

    public OrganizationAccess Access { get; private set; } = null!;

    public string Slug => Access.Slug;

    /// <summary>The date the page analyses as of: today, or <c>?asOf=yyyy-mm-dd</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "asOf")]
    public DateOnly? AsOf { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var services = HttpContext.RequestServices;
        var slug = RouteData.Values["slug"] as string ?? "";
        var access = await OrganizationAccessFilter.ResolveAsync(
            HttpContext, slug, services.GetRequiredService<ThroughlineDb>(), services.GetRequiredService<MembershipCache>());
        if (access is null)
        {
            context.Result = NotFound();
            return;
        }

        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method) && !access.CanWrite)
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        HttpContext.SetAccess(access);
        Access = access;
        ViewData[AccessKey] = access;
        await next();
    }

    /// <summary>Reads the organization's live analysis (as of <see cref="AsOf"/>) under its read lock.</summary>
    protected async Task<T> ReadAsync<T>(Func<OrganizationView, T> read)
    {
        var state = await HttpContext.RequestServices.GetRequiredService<PlanCache>().GetAsync(Access.OrganizationId);
        return state.Read(AsOf, read);
    }

    /// <summary>Today on the server's clock, the date analyses use unless the page was asked for another.</summary>
    protected DateOnly Today => AnalysisApi.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>());

    /// <summary>The date the page shows its analysis as of.</summary>
    public DateOnly Date => AsOf ?? Today;

    /// <summary>The URL of a page of this organization, e.g. <c>Url("items/KR1")</c>.</summary>
    public string OrgUrl(string path = "") => $"/o/{Uri.EscapeDataString(Slug)}" + (path.Length == 0 ? "" : "/" + path);

    /// <summary>The page of an item by id: units have their own page, anything else the item page.</summary>
    public string ItemUrl(string id, bool unit = false) => OrgUrl((unit ? "units/" : "items/") + Uri.EscapeDataString(id));

}
