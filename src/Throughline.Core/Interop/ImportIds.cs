using System.Text;
using Throughline.Core.Model;

namespace Throughline.Core.Interop;

/// <summary>The ids an import hands out: unique across the plan, readable, the same for the same input.</summary>
internal sealed class ImportIds
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public bool IsFree(string id) => !used.Contains(id);

    /// <summary>Takes <paramref name="id"/> if it is free; false when another element has it.</summary>
    public bool TryClaim(string id) => id.Length > 0 && used.Add(id);

    /// <summary>The first free id of <c>stem</c>, <c>stem-2</c>, <c>stem-3</c>, …</summary>
    public string Claim(string stem)
    {
        var id = stem.Length == 0 ? "item" : stem;
        for (var n = 2; !used.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    /// <summary>A person's or unit's id from a name: lower case, words joined by hyphens (<c>Maria Chen</c> → <c>maria-chen</c>).</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetterOrDigit(c) && c > 127)
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && !IsCombiningMark(c))
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>Whitespace (line breaks, tabs, runs of spaces) collapsed to single spaces, trimmed; null when nothing is left.</summary>
    public static string? Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}

/// <summary>The people and units an import creates from names, one per name.</summary>
internal sealed class ImportPeople(Plan plan, ImportIds ids)
{
    private readonly Dictionary<string, string> people = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> units = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The id of the person with this name (or id), created on first use.</summary>
    public string Person(string name)
    {
        if (people.TryGetValue(name, out var id))
        {
            return id;
        }

        id = ids.Claim(ImportIds.Slug(name));
        people[name] = id;
        people.TryAdd(id, id);
        plan.Organization.People.Add(new Person { Id = id, Name = name });
        return id;
    }

    /// <summary>The id of the unit with this name (or id), created on first use.</summary>
    public string Unit(string name)
    {
        if (units.TryGetValue(name, out var id))
        {
            return id;
        }

        id = ids.Claim(ImportIds.Slug(name));
        units[name] = id;
        units.TryAdd(id, id);
        plan.Organization.Units.Add(new Unit { Id = id, Name = name });
        return id;
    }
}
