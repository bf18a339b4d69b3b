using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>Typed getters: each reports a wrong type or range at the value and returns null for it.</summary>
internal sealed partial class ElementFields
{
    /// <summary>The element's id; reports it missing and returns "" when absent.</summary>
    public string RequiredId() => RequiredText("id", "add 'id: …' with an id that is unique in the file");

    public string? Text(string key) =>
        Scalar(key, "text", "write a single value; quote it if it contains ': ' or ' #'") is { } scalar
            ? key == "id" ? scalar.Value : context.Shared(scalar)
            : null;

    /// <summary>A text field that must be present and not blank; reports it missing and returns "" when absent.</summary>
    public string RequiredText(string key, string? hint = null)
    {
        var text = Text(key);
        if (string.IsNullOrWhiteSpace(text) && !HasWrongKind(key))
        {
            Missing(key, hint ?? $"add '{key}: …'");
        }

        return text ?? "";
    }

    public double? Number(string key, NumberLimit limit = NumberLimit.Any)
    {
        if (Scalar(key, "a number", "write a plain number such as 12.5") is not { } scalar)
        {
            return null;
        }

        if (!YamlScalars.TryParseNumber(scalar.Text, out var number))
        {
            Error(key, $"'{key}' of {Subject} must be a number, but is '{scalar.Value}'; write a plain number such as 12.5, without units");
            return null;
        }

        var problem = limit switch
        {
            NumberLimit.NonNegative when number < 0 => "0 or more",
            NumberLimit.Positive when number <= 0 => "greater than 0",
            NumberLimit.Fraction when number is < 0 or > 1 => "between 0 and 1 (0.7 means 70%)",
            _ => null,
        };
        if (problem is not null)
        {
            Error(key, $"'{key}' of {Subject} must be {problem}, but is {YamlScalars.FormatNumber(number)}");
            return null;
        }

        return number;
    }

    /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
    public int? Integer(string key, int minimum)
    {
        if (Scalar(key, "a whole number", "write a whole number such as 3") is not { } scalar)
        {
            return null;
        }

        if (!YamlScalars.TryParseInteger(scalar.Text, out var number) || number > int.MaxValue || number < int.MinValue)
        {
            Error(key, $"'{key}' of {Subject} must be a whole number, but is '{scalar.Value}'; write a whole number such as 3");
            return null;
        }

        if (number < minimum)
        {
            Error(key, $"'{key}' of {Subject} must be {minimum} or more, but is {number}");
            return null;
        }

        return (int)number;
    }

    public DateOnly? Date(string key)
    {
        if (Scalar(key, "a date", "write the date as YYYY-MM-DD, e.g. 2026-03-31") is not { } scalar)
        {
            return null;
        }

        if (!YamlScalars.TryParseDate(scalar.Text, out var date))
        {
            Error(key, $"'{key}' of {Subject} must be a date, but '{scalar.Value}' is not a valid one; write it as YYYY-MM-DD, e.g. 2026-03-31");
            return null;
        }

        return date;
    }

    /// <summary>A date that must be present; reports it missing when absent.</summary>
    public DateOnly? RequiredDate(string key)
    {
        if (Node(key) is null)
        {
            Missing(key, $"add '{key}: YYYY-MM-DD'");
        }

        return Date(key);
    }

    public bool? Boolean(string key)
    {
        if (Scalar(key, "true or false", "write true or false") is not { } scalar)
        {
            return null;
        }

        if (!YamlScalars.TryParseBoolean(scalar.Text, out var value))
        {
            Error(key, $"'{key}' of {Subject} must be true or false, but is '{scalar.Value}'");
            return null;
        }

        return value;
    }

    /// <summary>One of an enum's values, spelled in lower case.</summary>
    public TEnum? Choice<TEnum>(string key)
        where TEnum : struct, Enum
    {
        if (Scalar(key, "a word", $"use one of: {string.Join(", ", EnumText<TEnum>.Names)}") is not { } scalar)
        {
            return null;
        }

        if (EnumText<TEnum>.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        Error(key, $"'{scalar.Value}' is not a valid {key} for {Subject}; use one of: {string.Join(", ", EnumText<TEnum>.Names)}",
            Suggestions.Closest(scalar.Value, EnumText<TEnum>.Names));
        return null;
    }

    public TEnum? RequiredChoice<TEnum>(string key)
        where TEnum : struct, Enum
    {
        if (Node(key) is null)
        {
            Missing(key, $"add '{key}: …' with one of: {string.Join(", ", EnumText<TEnum>.Names)}");
        }

        return Choice<TEnum>(key);
    }

    /// <summary>A list of ids; a single id counts as a list of one.</summary>
    public List<string> Ids(string key)
    {
        var ids = new List<string>();
        switch (Node(key))
        {
            case null:
                break;
            case { IsScalar: true } single:
                AddId(key, single, ids);
                break;
            case { IsSequence: true } sequence:
                foreach (var item in sequence.Items)
                {
                    AddId(key, item, ids);
                }

                break;
            case var other:
                Error(key, $"'{key}' of {Subject} must be an id or a list of ids such as [A1, B2], but is {YamlScalars.Describe(other)}");
                break;
        }

        return ids;
    }

    private void AddId(string key, PlanNode item, List<string> ids)
    {
        if (item.IsScalar && item.Text.Length > 0 && !YamlScalars.IsNull(item))
        {
            RecordEntry(key, ids.Count, context.At(item));
            ids.Add(context.Shared(item));
        }
        else
        {
            context.Error(item, $"Each entry of '{key}' of {Subject} must be an id, but this one is {YamlScalars.Describe(item)}");
        }
    }

    /// <summary>Records where the n-th entry of a list field is, for list fields read by hand.</summary>
    public void RecordEntry(string key, int index, SourceLocation at)
    {
        var field = Array.IndexOf(known, key);
        if (field < 0)
        {
            throw new ArgumentException($"'{key}' is not a field of {Subject}.", nameof(key));
        }

        entries.Add((field, index, at.Line, at.Column));
    }

    private PlanNode? Scalar(string key, string expected, string hint)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case { IsScalar: true } scalar:
                return scalar;
            case var other:
                Error(key, $"'{key}' of {Subject} must be {expected}, but is {YamlScalars.Describe(other)}; {hint}");
                return null;
        }
    }

    private bool HasWrongKind(string key) => Node(key) is { IsScalar: false };

    private void Missing(string key, string hint) =>
        context.Missing(Location, key, $"{Capitalized(Subject)} has no {key}; {hint}");

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
