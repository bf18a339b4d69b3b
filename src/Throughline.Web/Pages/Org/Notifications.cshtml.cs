using Microsoft.AspNetCore.Mvc;
using Throughline.Web.Notifications;
using Throughline.Web.Storage;

namespace Throughline.Web.Pages.Org;

/// <summary>The signed-in member's notifications: check-in reminders, digests, agendas and reviews (docs/cadences.md).</summary>
public sealed class NotificationsModel(ThroughlineDb db, TimeProvider time) : OrgPageModel
{
    public NotificationsResponse List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = await NotificationsApi.ListAsync(db, Access, unread: false, NotificationsApi.MaxTake, cancellationToken);

    /// <summary>Marks one notification read, or all of them when <paramref name="id"/> is absent.</summary>
    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken cancellationToken)
    {
        await NotificationsApi.MarkReadAsync(db, Access, id, time, cancellationToken);
        return Redirect(OrgUrl("notifications"));
    }

    public static string KindName(string kind) => kind switch
    {
        DeliveryKinds.CheckInReminder => "Check-in reminder",
        DeliveryKinds.WeeklyDigest => "Weekly digest",
        DeliveryKinds.UnitAgenda => "Alignment check-in agenda",
        DeliveryKinds.QuarterlyReview => "Quarterly review",
        _ => kind,
    };
}
