using Microsoft.AspNetCore.Mvc;
using Throughline.Web.Heart;
using Throughline.Web.Pages.Shared;

namespace Throughline.Web.Pages.Org;

/// <summary>The HEART heat map of the units, the explanation of one unit's values and the pulse survey (docs/heart.md#the-page).</summary>
public sealed class HeartModel(HeartBoard board, PulseBook pulse) : OrgPageModel
{
    public HeartResponse Report { get; private set; } = null!;

    public PulseStatusResponse Pulse { get; private set; } = null!;

    /// <summary>The unit explained below the heat map: <c>?unit=</c>, or the first unit.</summary>
    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? UnitId { get; set; }

    public HeartUnitResponse? Selected { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await board.ReadAsync(Access, Date, cancellationToken);
        Pulse = await pulse.StatusAsync(Access, cancellationToken);
        Selected = Report.Units.FirstOrDefault(u => u.Id == UnitId) ?? (Report.Units.Count > 0 ? Report.Units[0] : null);
    }

    public async Task<IActionResult> OnPostAsync(int? hope, int? empowerment, int? accountability, int? results, int? trust, CancellationToken cancellationToken)
    {
        var refusal = await pulse.AnswerAsync(Access, new PulseRequest(hope, empowerment, accountability, results, trust), cancellationToken);
        if (refusal is not null)
        {
            Problem = refusal.Message;
            await OnGetAsync(cancellationToken);
            return Page();
        }

        Notice = "Thank you: your answers are counted, anonymously, with your unit's.";
        return Redirect(OrgUrl("heart"));
    }

    /// <summary>The page of one unit's explanation, keeping the date.</summary>
    public string UnitUrl(string unit) =>
        OrgUrl("heart") + "?unit=" + Uri.EscapeDataString(unit) + (AsOf is { } date ? "&asOf=" + Ui.Date(date) : "") + "#explained";
}
