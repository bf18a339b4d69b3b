using System.Security;
using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Reads plan files (PLAN-FORMAT.md, version 1). Bad input never throws: every problem in the file becomes
/// a <see cref="PlanError"/> with its line and column, and all of them are reported at once.
/// </summary>
public static class PlanReader
{
    /// <param name="fileName">The name locations carry, as the user should see it.</param>
    public static PlanReadResult Read(string yamlText, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);

        var context = new ReadContext(fileName);
        var root = YamlLoader.Load(yamlText, context);
        var plan = root is null ? null : PlanSectionsReader.Read(root, context);
        if (plan is not null)
        {
            PlanValidator.Validate(plan, context);
        }

        return new PlanReadResult(plan, context.SortedErrors());
    }

    public static PlanReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            return new PlanReadResult(null, [new PlanError(new SourceLocation(path, 1, 1), CannotRead(path, e))]);
        }

        return Read(text, path);
    }

    private static string CannotRead(string path, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException =>
            "The plan file does not exist; check the path and the current directory",
        UnauthorizedAccessException when Directory.Exists(path) =>
            "This is a directory, not a plan file; name a *.plan.yaml file inside it",
        UnauthorizedAccessException or SecurityException =>
            "The plan file cannot be read: permission denied; check the file's permissions",
        _ => $"The plan file cannot be read ({e.Message.TrimEnd('.')}); check the path",
    };
}
