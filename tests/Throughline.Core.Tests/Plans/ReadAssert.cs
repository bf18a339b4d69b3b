using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

/// <summary>Reads plan text under a fixed file name and checks the errors it gives, showing them all on failure.</summary>
internal static class ReadAssert
{
    public const string File = "test.plan.yaml";

    public static PlanReadResult Read(string yaml) => PlanReader.Read(yaml, File);

    /// <summary>Asserts the exact errors, in order: each at its line and column, with its message containing the text.</summary>
    public static IReadOnlyList<PlanError> Errors(string yaml, params (int Line, int Column, string Text)[] expected)
    {
        var errors = Read(yaml).Errors;
        var shown = "Errors were:\n" + string.Join("\n", errors);
        Assert.True(errors.Count == expected.Length, $"Expected {expected.Length} error(s). {shown}");
        for (var i = 0; i < expected.Length; i++)
        {
            var (line, column, text) = expected[i];
            Assert.True(
                errors[i].Location.File == File && errors[i].Location.Line == line && errors[i].Location.Column == column,
                $"Error {i} should be at {File}:{line}:{column}. {shown}");
            Assert.True(errors[i].Message.Contains(text, StringComparison.Ordinal), $"Error {i} should contain \"{text}\". {shown}");
        }

        return errors;
    }

    public static PlanError SingleError(string yaml, int line, int column, string text) => Errors(yaml, (line, column, text))[0];

    public static Model.Plan Valid(string yaml)
    {
        var result = Read(yaml);
        Assert.True(result.Succeeded, "Errors were:\n" + string.Join("\n", result.Errors));
        return result.Plan!;
    }
}
