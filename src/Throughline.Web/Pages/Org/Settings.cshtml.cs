using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Model;
using Throughline.Web.Accounts;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;

namespace Throughline.Web.Pages.Org;

/// <summary>A member as the settings page lists them: the account, the role and the person of the plan, by name.</summary>
public sealed record MemberLine(string UserId, string Email, string Name, OrganizationRole Role, string? Person, string? PersonName);

/// <summary>
/// Settings, members and roles: everyone sees who belongs to the organization; admins and owners add members,
/// change roles and persons and remove members, with the rules and words of the members API.
/// </summary>
public sealed class SettingsModel : OrgPageModel
{
    public IReadOnlyList<MemberLine> Members { get; private set; } = [];

    public bool CanManage => MemberRoster.CanManage(Access);

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? NewRole { get; set; } = OrganizationRole.Member.Name();

    [BindProperty]
    public string? NewPerson { get; set; }

    [BindProperty]
    public string? MemberId { get; set; }

    [BindProperty]
    public string? MemberRole { get; set; }

    [BindProperty]
    public string? MemberPerson { get; set; }

    /// <summary>Errors by the name of the field they are about.</summary>
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>An error about the add form as a whole.</summary>
    public string? AddError { get; private set; }

    /// <summary>The member whose row's form failed, and why when it is about no single field.</summary>
    public string? FailedMember { get; private set; }

    public string? RowError { get; private set; }

    private MemberRoster Roster => HttpContext.RequestServices.GetRequiredService<MemberRoster>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The roles this member may hand out: owners every role, admins every role below owner.</summary>
    public IEnumerable<OrganizationRole> AssignableRoles =>
        Enum.GetValues<OrganizationRole>().Where(r => r != OrganizationRole.Owner || Access.IsAtLeast(OrganizationRole.Owner));

    /// <summary>Whether this member may change or remove that one: admins everyone below owner, owners everyone.</summary>
    public bool CanManageMember(MemberLine member) =>
        CanManage && (member?.Role != OrganizationRole.Owner || Access.IsAtLeast(OrganizationRole.Owner));

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var (member, refusal) = await Roster.AddAsync(Access, new MemberRequest(NewEmail, NewRole, NewPerson), cancellationToken);
        if (refusal is not null)
        {
            switch (refusal.Field)
            {
                case "email":
                    FieldErrors[nameof(NewEmail)] = refusal.Message;
                    break;
                case "role":
                    FieldErrors[nameof(NewRole)] = refusal.Message;
                    break;
                case "person":
                    FieldErrors[nameof(NewPerson)] = refusal.Message;
                    break;
                default:
                    AddError = refusal.Message;
                    break;
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = $"{member!.Name} ({member.Email}) is now a member, as {member.Role}.";
        return Redirect(OrgUrl("settings"));
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken cancellationToken)
    {
        // The form always sends the person: an empty field unlinks the member from the plan.
        var (member, refusal) = await Roster.ChangeAsync(Access, MemberId ?? "", new MemberRequest(null, MemberRole, MemberPerson?.Trim() ?? ""), cancellationToken);
        if (refusal is not null)
        {
            return await RowRefusedAsync(refusal, cancellationToken);
        }

        Notice = $"{member!.Name} is now {member.Role}{(member.Person is null ? ", linked to no person of the plan" : $", as person {member.Person}")}.";
        return Redirect(OrgUrl("settings"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        var leaving = MemberId == Access.UserId;
        if (await Roster.RemoveAsync(Access, MemberId ?? "", cancellationToken) is { } refusal)
        {
            return await RowRefusedAsync(refusal, cancellationToken);
        }

        if (leaving)
        {
            return Redirect("/");
        }

        Notice = "The member was removed; their next request no longer reaches this organization.";
        return Redirect(OrgUrl("settings"));
    }

    private async Task<IActionResult> RowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        FailedMember = MemberId;
        switch (refusal.Field)
        {
            case "role":
                FieldErrors[nameof(MemberRole)] = refusal.Message;
                break;
            case "person":
                FieldErrors[nameof(MemberPerson)] = refusal.Message;
                break;
            default:
                RowError = refusal.Message;
                break;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var members = await Roster.ListAsync(Access.OrganizationId, cancellationToken);
        Members = await ReadAsync(view => members
            .Select(m => new MemberLine(
                m.UserId, m.Email, m.Name, OrganizationRoles.TryParse(m.Role, out var role) ? role : OrganizationRole.Viewer,
                m.Person, view.Index.Find<Person>(m.Person)?.Name))
            .ToList());
    }
}
