using System.Security;
using System.Text;
using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Reads plan files (PLAN-FORMAT.md, version 1). Bad input never throws: every problem in the file becomes
/// a <see cref="PlanError"/> with its line and column, and all of them are reported at once.
/// </summary>
/// <remarks>
/// The file streams through the reader, one top-level item (an objective with its key results and check-ins,
/// an action, …) at a time, so a plan of millions of check-ins never exists as one YAML tree. Three ways of
/// parsing give the same plan and the same errors: <see cref="CommonYamlEvents"/> for the YAML plan files are
/// written in, fast; YamlDotNet's parser for any other YAML; and YamlDotNet's loader of whole documents for the
/// rare aliases that only it resolves. Each gives way to the next by starting over.
/// </remarks>
public static class PlanReader
{
    private const int FileBufferSize = 1 << 20;

    /// <param name="fileName">The name locations carry, as the user should see it.</param>
    public static PlanReadResult Read(string yamlText, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);

        return Read(fileName, () => new StringReader(yamlText), () => new CommonYamlEvents(yamlText));
    }

    public static PlanReadResult ReadFile(string path) => ReadFile(path, path);

    /// <summary>Reads the file at <paramref name="path"/> as a stream, never holding its whole text.</summary>
    /// <param name="fileName">The name locations carry, as the user should see it.</param>
    public static PlanReadResult ReadFile(string path, string fileName)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fileName);

        StreamReader file;
        try
        {
            file = OpenFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            return CannotRead(path, e);
        }

        try
        {
            return Read(fileName, () => OpenFile(path), () => new CommonYamlEvents(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
        {
            return CannotRead(path, e);
        }
        finally
        {
            file.Dispose();
        }
    }

    private static PlanReadResult CannotRead(string path, Exception e) =>
        new(null, [new PlanError(new SourceLocation(path, 1, 1), CannotReadMessage(path, e))]);

    private static StreamReader OpenFile(string path) =>
        new(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, FileBufferSize);

    private static PlanReadResult Read(string fileName, Func<TextReader> open, Func<CommonYamlEvents> openCommon)
    {
        try
        {
            using var common = openCommon();
            return ReadCommon(common, fileName);
        }
        catch (UncommonYamlException)
        {
            // Read again with a parser for all of YAML.
        }

        try
        {
            using var reader = open();
            return ReadParsed(reader, fileName);
        }
        catch (WholeDocumentNeededException)
        {
            // Read again, loading the whole document first.
        }

        using (var reader = open())
        {
            return ReadWhole(reader, fileName);
        }
    }

    /// <summary>Reads with <see cref="CommonYamlEvents"/>; throws <see cref="UncommonYamlException"/> when it gives up.</summary>
    internal static PlanReadResult ReadCommon(CommonYamlEvents events, string fileName)
    {
        var context = new ReadContext(fileName);
        return Validated(PlanDocument.Read(events, context, parser: null), context);
    }

    /// <summary>Reads with YamlDotNet's parser; throws <see cref="WholeDocumentNeededException"/> when it gives up.</summary>
    internal static PlanReadResult ReadParsed(TextReader reader, string fileName)
    {
        var context = new ReadContext(fileName);
        try
        {
            var events = new ParserEvents(reader);
            return Validated(PlanDocument.Read(events, context, events.Parser), context);
        }
        catch (YamlSyntaxException e)
        {
            var syntax = new ReadContext(fileName);
            syntax.Error(syntax.At(e.At), YamlLoader.SyntaxMessage(e.Message));
            return new PlanReadResult(null, syntax.SortedErrors());
        }
    }

    /// <summary>Reads with YamlDotNet's loader of whole documents.</summary>
    internal static PlanReadResult ReadWhole(TextReader reader, string fileName)
    {
        var context = new ReadContext(fileName);
        var root = YamlLoader.Load(reader, context);
        return Validated(root is null ? null : PlanSectionsReader.Read(new NodeEvents(root), context), context);
    }

    private static PlanReadResult Validated(Plan? plan, ReadContext context)
    {
        if (plan is not null)
        {
            PlanValidator.Validate(plan, context);
        }

        return new PlanReadResult(plan, context.SortedErrors());
    }

    private static string CannotReadMessage(string path, Exception e) => e switch
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
