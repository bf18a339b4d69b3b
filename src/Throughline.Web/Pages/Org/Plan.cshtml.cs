using System.Text;
using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Plans;
using Throughline.Web.Analysis;
using Throughline.Web.Hosting;
using Throughline.Web.Plans;

namespace Throughline.Web.Pages.Org;

/// <summary>
/// The plan file: download it, upload one, review what it would change (a dry run) and apply it. The uploaded
/// text waits in <see cref="PendingImports"/> between the review and the apply, so it is uploaded once.
/// </summary>
[PlanUpload]
public sealed class PlanModel(PlanStore store, PendingImports pendingImports, ServerLimits limits, TimeProvider time) : OrgPageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The token of an uploaded file under review.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Review { get; set; }

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Warning { get; set; }

    public bool MayExchange => PlansApi.MayExchange(Access);

    public long LimitBytes => limits.PlanBytes;

    public PlanCounts Counts { get; private set; } = null!;

    /// <summary>What is wrong with the upload itself (missing, too large, not text), shown next to the field.</summary>
    public string? FileError { get; private set; }

    /// <summary>The errors of an uploaded file, as <c>throughline check</c> reports them.</summary>
    public IReadOnlyList<PlanError> Errors { get; private set; } = [];

    /// <summary>What the importer of a StratML, CSV or Markdown file skipped or guessed, shown with its errors.</summary>
    public IReadOnlyList<Throughline.Core.Interop.ImportDiagnostic> Notes { get; private set; } = [];

    /// <summary>The file types the upload takes, for the file input's <c>accept</c>.</summary>
    public const string Accept = ".yaml,.yml,.xml,.csv,.tsv,.md,.markdown,application/yaml,text/yaml,application/xml,text/xml,text/csv,text/markdown";

    public string? UploadedName { get; private set; }

    public PendingImport? Pending { get; private set; }

    /// <summary>A review asked for that is no longer held.</summary>
    public bool ReviewGone { get; private set; }

    public async Task OnGetAsync()
    {
        await CountAsync();
        if (Review is not null && MayExchange)
        {
            Pending = pendingImports.Find(Review, Access.UserId, Access.OrganizationId);
            ReviewGone = Pending is null;
        }
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        if (!MayExchange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var text = await PlansApi.WriteFileAsync(store, Access, cancellationToken);
        return File(Encoding.UTF8.GetBytes(text), PlansApi.YamlContentType, Slug + ".plan.yaml");
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (!MayExchange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var text = await ReadFileAsync(cancellationToken);
        if (text is null)
        {
            await CountAsync();
            return Page();
        }

        var fileName = UploadedName!;
        var format = PlanFile.FormatOf(fileName);
        var pendingFile = new PendingFile(fileName, text, format, PlanFile.DefaultMode(format), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), []);
        var file = pendingFile.Read();
        if (!file.Succeeded)
        {
            Errors = file.Errors;
            Notes = file.Notes;
            await CountAsync();
            return Page();
        }

        var (changes, plan) = await store.ImportAsync(Access.OrganizationId, file, dryRun: true, Access.Actor, Access.UserId, cancellationToken);
        var incoming = new PlanIndex(plan);
        var review = await ReadAsync(view => PlanReview.Build(changes, incoming, view.Index));
        var token = pendingImports.Hold(Access.UserId, Access.OrganizationId, pendingFile with { Notes = file.Notes }, changes, review);
        return Redirect(OrgUrl("plan?review=" + token));
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        if (!MayExchange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var pending = pendingImports.Find(Review, Access.UserId, Access.OrganizationId);
        if (pending is null)
        {
            return Redirect(OrgUrl("plan?review=" + Uri.EscapeDataString(Review ?? "")));
        }

        // The text was read once already; it reads the same way again.
        var (changes, imported, plan) = await store.ImportIfAsync(
            Access.OrganizationId, pending.File.Read(), now => Same(now, pending.Changes), Access.Actor, Access.UserId, cancellationToken);
        if (!imported)
        {
            var incoming = new PlanIndex(plan);
            pendingImports.Update(pending, changes, await ReadAsync(view => PlanReview.Build(changes, incoming, view.Index)));
            Warning = "The plan changed after you checked the file, so nothing was applied. Here is what the file would change now; apply it again if that is still right.";
            return Redirect(OrgUrl("plan?review=" + pending.Token));
        }

        pendingImports.Drop(pending.Token);
        Notice = $"Imported {pending.FileName}: {Describe(changes.Added.Count, changes.Changed.Count, changes.Removed.Count)}.";
        return Redirect(OrgUrl("plan"));
    }

    public IActionResult OnPostDiscard()
    {
        if (Review is not null && pendingImports.Find(Review, Access.UserId, Access.OrganizationId) is { } pending)
        {
            pendingImports.Drop(pending.Token);
        }

        return Redirect(OrgUrl("plan"));
    }

    /// <summary>"1 added, 2 changed, 0 removed".</summary>
    public static string Describe(int added, int changed, int removed) => $"{added} added, {changed} changed, {removed} removed";

    /// <summary>A size in the units people read: 256 MB, 900 KB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 => $"{bytes / (1 << 20):N0} MB",
        >= 1 << 10 => $"{bytes / (1 << 10):N0} KB",
        _ => $"{bytes:N0} bytes",
    };

    private async Task CountAsync() => Counts = await ReadAsync(view => PlansApi.Count(view.Plan));

    private async Task<string?> ReadFileAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            FileError = Upload is null ? "Choose a plan file (*.plan.yaml), or a StratML, CSV or Markdown file, to upload." : "The file is empty; choose a plan file (*.plan.yaml), or a StratML, CSV or Markdown file.";
            return null;
        }

        UploadedName = Path.GetFileName(Upload.FileName) is { Length: > 0 } name ? name : Slug + ".plan.yaml";
        if (Upload.Length > limits.PlanBytes)
        {
            FileError = $"{UploadedName} is {Size(Upload.Length)}; this server takes plan files of up to {Size(limits.PlanBytes)}. Nothing was changed.";
            return null;
        }

        await using var stream = Upload.OpenReadStream();
        using var buffer = new MemoryStream((int)Upload.Length);
        await stream.CopyToAsync(buffer, cancellationToken);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            FileError = $"{UploadedName} is not UTF-8 text; save the plan file as UTF-8 and upload it again.";
            return null;
        }
    }

    private static bool Same(PlanChanges now, PlanChanges reviewed) =>
        now.Unchanged == reviewed.Unchanged
        && now.Added.SequenceEqual(reviewed.Added)
        && now.Changed.SequenceEqual(reviewed.Changed)
        && now.Removed.SequenceEqual(reviewed.Removed);
}
