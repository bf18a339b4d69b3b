using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Throughline.Core.Model;

namespace Throughline.Core.Tests.Plans;

/// <summary>Deep equality of plans, ignoring where they were read from.</summary>
internal static class PlanComparison
{
    private static readonly string[] Ignored =
        [nameof(PlanElement.Location), nameof(PlanElement.FieldLocations), nameof(Plan.SourcePath)];

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                typeInfo =>
                {
                    foreach (var property in typeInfo.Properties.Where(property => Ignored.Contains(property.Name)).ToList())
                    {
                        typeInfo.Properties.Remove(property);
                    }
                },
            },
        },
    };

    /// <summary>The plan as indented JSON without locations: equal plans give equal text, and a failing assert shows the difference.</summary>
    public static string Content(Plan plan) => JsonSerializer.Serialize(plan, Options);

    public static void AssertEquivalent(Plan expected, Plan actual) => Assert.Equal(Content(expected), Content(actual));

    /// <summary>One element as indented JSON without locations, nested elements included.</summary>
    public static string ElementContent(PlanElement element) => JsonSerializer.Serialize(element, element.GetType(), Options);
}
