using System.Text.RegularExpressions;

namespace Throughline.Web.Organizations;

/// <summary>How URLs name an organization: lower-case letters, digits and hyphens, starting with a letter.</summary>
public static partial class OrganizationSlug
{
    public const int MaxLength = 63;

    public static bool IsValid(string? slug) => slug is { Length: >= 2 and <= MaxLength } && Pattern().IsMatch(slug);

    public const string Rule = "2 to 63 lower-case letters, digits and hyphens, starting with a letter (for example 'calder')";

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
