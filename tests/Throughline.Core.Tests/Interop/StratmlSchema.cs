using System.Xml;
using System.Xml.Schema;

namespace Throughline.Core.Tests.Interop;

/// <summary>Validation against the published Part 2 schema, every error with its line.</summary>
internal static class StratmlSchema
{
    public static void AssertValid(string xml)
    {
        var schemas = new XmlSchemaSet();
        using (var schema = XmlReader.Create(SharedData.Schema("PerformancePlanOrReport20160216.xsd")))
        {
            schemas.Add(null, schema);
        }

        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Severity}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}
