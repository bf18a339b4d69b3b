using System.Xml;
using System.Xml.Linq;
using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Interop;

/// <summary>
/// Reads StratML (ISO 17469-1) Part 1 (<c>StrategicPlan</c>) and Part 2 (<c>PerformancePlanOrReport</c>) files into
/// a plan (docs/interop.md). Real files often break the schema: the reader takes what it can, and says, with the
/// line and column, everything it skipped or guessed. Only a file that is not XML, or not StratML, gives no plan.
/// </summary>
public sealed partial class StratmlReader
{
    private static readonly HashSet<string> IgnoredEverywhere =
        ["Identifier", "SequenceIndicator", "OtherInformation", "Description", "Name", "Acronym", "Stakeholder"];

    private readonly ImportLog log;
    private readonly Plan plan = new();
    private readonly ImportIds ids = new();
    private readonly ImportPeople people;
    private DateOnly? start;
    private DateOnly? end;

    private StratmlReader(string fileName)
    {
        log = new ImportLog(fileName);
        people = new ImportPeople(plan, ids);
    }

    public static ImportResult Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        return new StratmlReader(fileName).ReadDocument(reader.ReadToEnd());
    }

    public static ImportResult Read(string text, string fileName) => Read(new StringReader(text), fileName);

    private ImportResult ReadDocument(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            log.Error(1, 1, "the file is empty; a StratML file starts with <StrategicPlan> or <PerformancePlanOrReport>");
            return log.Result(null);
        }

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var xml = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            log.Error(e.LineNumber, e.LinePosition, $"not well-formed XML: {e.Message.Split(" Line ")[0].TrimEnd('.', ' ')}; fix the XML and import again");
            return log.Result(null);
        }

        var root = document.Root!;
        var (line, column) = root.At();
        if (root.Name.LocalName is not ("StrategicPlan" or "PerformancePlanOrReport"))
        {
            log.Error(line, column, $"<{root.Name.LocalName}> is not a StratML document; its root element must be <StrategicPlan> (Part 1) or <PerformancePlanOrReport> (Part 2)");
            return log.Result(null);
        }

        var ns = root.Name.NamespaceName;
        if (ns.Length > 0 && ns is not (StratmlDocument.CoreNamespace or StratmlDocument.PerformanceNamespace))
        {
            log.Warn(line, column, $"unknown namespace '{ns}'; read as StratML by element names");
        }

        ReadPlan(root);
        foreach (var error in PlanValidator.Validate(plan, log.FileName))
        {
            log.Error(error.Location.Line, error.Location.Column, error.Message);
        }

        return log.Result(plan);
    }

    private void ReadPlan(XElement root)
    {
        plan.SourcePath = log.FileName;
        plan.Extensions = [];
        if (root.Text("Name") is { } name)
        {
            plan.Extensions["x-stratml-name"] = name;
        }

        if (root.Text("Description") is { } description)
        {
            plan.Extensions["x-stratml-description"] = description;
        }

        ReadDates(root);
        var core = root.Child("StrategicPlanCore");
        if (core is null)
        {
            var (line, column) = root.At();
            log.Warn(line, column, "no <StrategicPlanCore>; the organization, vision and goals are read from the root element");
            core = root;
        }

        Unknown(root, "StrategicPlanCore", "AdministrativeInformation", "Submitter");
        ReadOrganization(core, root);
        ReadVision(core);
        ReadValues(core);
        if (!ReferenceEquals(core, root))
        {
            Unknown(core, "Organization", "Vision", "Mission", "Value", "Goal", "AdministrativeInformation");
        }
        else
        {
            Unknown(core, "Organization", "Vision", "Mission", "Value", "Goal", "AdministrativeInformation", "Submitter");
        }

        ReadGoals(core);
        if (plan.Extensions.Count == 0)
        {
            plan.Extensions = null;
        }
    }

    private void ReadDates(XElement root)
    {
        // Where the schema puts it, or anywhere else a file misplaced it.
        var admin = root.Child("AdministrativeInformation") ?? root.Descendants().FirstOrDefault(e => e.Name.LocalName == "AdministrativeInformation");
        if (admin is null)
        {
            return;
        }

        start = Date(admin.Child("StartDate"), "start date");
        end = Date(admin.Child("EndDate"), "end date");
        if (start is { } s && end is { } e && e < s)
        {
            var (line, column) = admin.At();
            log.Warn(line, column, $"the end date {e:yyyy-MM-dd} is before the start date {s:yyyy-MM-dd}; the start date is skipped");
            start = null;
        }
    }

    private DateOnly? Date(XElement? element, string what)
    {
        if (element is null || ImportIds.Text(element.Value) is not { } text)
        {
            return null;
        }

        if (StratmlDocument.TryDate(text, out var date))
        {
            return date;
        }

        var (line, column) = element.At();
        log.Warn(line, column, $"the {what} '{text}' is not a date (YYYY-MM-DD); skipped");
        return null;
    }

    private void ReadOrganization(XElement core, XElement root)
    {
        var organizations = core.Children("Organization").ToList();
        var organization = organizations.FirstOrDefault();
        var name = organization?.Text("Name") ?? organization?.Text("Acronym") ?? root.Text("Name");
        if (name is null)
        {
            var (line, column) = (organization ?? core).At();
            log.Note(line, column, "no organization name; named 'Imported organization'");
        }

        plan.Organization.Name = name ?? "Imported organization";
        foreach (var other in organizations.Skip(1))
        {
            if (other.Text("Name") is { } unit)
            {
                people.Unit(unit);
            }
        }

        foreach (var stakeholder in organizations.SelectMany(o => o.Children("Stakeholder")))
        {
            Stakeholder(stakeholder);
        }
    }

    private void ReadVision(XElement core)
    {
        var vision = core.Child("Vision");
        var mission = core.Child("Mission");
        var statement = vision?.Text("Description");
        var purpose = mission?.Text("Description");
        if (statement is null && purpose is null)
        {
            return;
        }

        if (statement is null)
        {
            var (line, column) = (vision ?? mission)!.At();
            log.Note(line, column, "no vision statement; the mission is used as the vision's statement");
            (statement, purpose) = (purpose, null);
        }

        plan.Vision = new Vision { Statement = statement!, Purpose = purpose, Horizon = end };
    }

    private void ReadValues(XElement core)
    {
        foreach (var value in core.Children("Value"))
        {
            var name = value.Text("Name");
            var description = value.Text("Description");
            var (line, column) = value.At();
            if (name is null && description is null)
            {
                log.Warn(line, column, "a value with neither name nor description; skipped");
                continue;
            }

            if (name is null)
            {
                log.Note(line, column, "a value without a name; its description is used as its name");
            }

            plan.Values.Add(new ValueStatement { Name = name ?? description!, Description = name is null ? null : description });
        }
    }

    /// <summary>Warns about the children of <paramref name="parent"/> the reader does not know there.</summary>
    private void Unknown(XElement parent, params string[] known)
    {
        foreach (var child in parent.Elements())
        {
            var name = child.Name.LocalName;
            if (!known.Contains(name) && !IgnoredEverywhere.Contains(name))
            {
                var (line, column) = child.At();
                log.Warn(line, column, $"<{name}> is not expected in <{parent.Name.LocalName}>; skipped");
            }
        }
    }

    /// <summary>Takes a stakeholder in: a named person becomes a person; returns the performer it names, if it is one.</summary>
    private (string? Person, string? Unit) Stakeholder(XElement stakeholder)
    {
        if (stakeholder.Text("Name") is not { } name)
        {
            return (null, null);
        }

        var performer = stakeholder.Children("Role").Any(role =>
            role.Children("RoleType").Any(type => string.Equals(type.Value.Trim(), "Performer", StringComparison.OrdinalIgnoreCase)));
        var isPerson = string.Equals(stakeholder.Attribute("StakeholderTypeType")?.Value.Trim(), "Person", StringComparison.OrdinalIgnoreCase);
        if (isPerson)
        {
            var id = people.Person(name);
            return (performer ? id : null, null);
        }

        return (null, performer ? people.Unit(name) : null);
    }
}
