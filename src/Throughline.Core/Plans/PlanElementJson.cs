using System.Buffers;
using System.Text;
using System.Text.Json;
using Throughline.Core.Model;

namespace Throughline.Core.Plans;

/// <summary>
/// Reads and writes single plan elements as JSON objects shaped exactly as the element in a plan file (the
/// same keys, <c>x-</c> keys included), validated by the plan reader's own rules, with errors at JSON paths.
/// </summary>
public static class PlanElementJson
{
    /// <summary>
    /// The file name the locations of elements read from JSON carry; <see cref="PlanValidator"/> errors about
    /// such an element's fields carry it too, which tells them from errors elsewhere in the plan.
    /// </summary>
    public const string BodyFileName = "request body";

    /// <summary>
    /// Reads one element of the given kind from the text of a JSON object. Nested elements are read as the plan
    /// reader reads them (an objective's key_results with their checkins, the vision's success measures).
    /// </summary>
    public static ElementReadResult Read(PlanItemKind kind, string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        var noun = PlanItems.Noun(kind);
        var body = JsonAsYaml.Convert(json, noun);
        if (body.Yaml is null)
        {
            return new ElementReadResult(null, body.Errors, body.Paths);
        }

        var context = new ReadContext(BodyFileName);
        var root = YamlLoader.Load(body.Yaml, context);
        var element = root is null ? null : PlanItems.Read(kind, root, context);
        ElementError[] errors =
        [
            .. body.Errors,
            .. context.SortedErrors().Select(error => new ElementError(PathOf(error, body.Paths, context), error.Message, error.Suggestion)),
        ];
        return new ElementReadResult(element, errors, body.Paths);
    }

    /// <summary>
    /// Writes an element as a JSON object with the plan writer's keys, order and omissions: numbers and booleans
    /// as JSON ones, dates as "YYYY-MM-DD" strings, <c>x-</c> keys written back.
    /// </summary>
    /// <param name="includeChildren">
    /// False leaves out the nested elements: an objective's key_results, a key result's checkins, the vision's success.
    /// </param>
    public static void Write(Utf8JsonWriter writer, PlanItemKind kind, PlanElement element, bool includeChildren = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(element);

        JsonNodes.Write(writer, PlanItems.Node(kind, element), includeChildren ? null : PlanItems.ChildrenField(kind));
    }

    /// <inheritdoc cref="Write(Utf8JsonWriter, PlanItemKind, PlanElement, bool)"/>
    public static string Write(PlanItemKind kind, PlanElement element, bool includeChildren = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, kind, element, includeChildren);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // A missing field is reported at the object that lacks it; the path names the field it should have.
    private static string PathOf(PlanError error, JsonPathMap paths, ReadContext context)
    {
        var path = paths.PathOf(error.Location.Line, error.Location.Column);
        return context.MissingField(error) is { } field ? JsonPathMap.Member(path, field) : path;
    }
}
