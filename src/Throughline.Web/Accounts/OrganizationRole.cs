namespace Throughline.Web.Accounts;

/// <summary>
/// What a user may do in one organization (docs/permissions.md). Each role can do everything the roles
/// before it can.
/// </summary>
public enum OrganizationRole
{
    /// <summary>Reads the plan, the analysis and the audit log.</summary>
    Viewer,

    /// <summary>Checks in on the key results they own and edits their own actions.</summary>
    Member,

    /// <summary>Edits the objectives, key results, initiatives and actions of their unit and the units below it.</summary>
    Manager,

    /// <summary>Edits the vision, goals, SWOT and decision criteria, and the work of every unit.</summary>
    Leader,

    /// <summary>Edits units and people, imports the plan, manages members other than owners.</summary>
    Admin,

    /// <summary>Everything, including owners and deleting the organization.</summary>
    Owner,
}

public static class OrganizationRoles
{
    public static string Name(this OrganizationRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out OrganizationRole role)
    {
        role = default;
        return text is not null && !int.TryParse(text, out _) && Enum.TryParse(text, ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    public static string Names => string.Join(", ", Enum.GetValues<OrganizationRole>().Select(r => r.Name()));
}
