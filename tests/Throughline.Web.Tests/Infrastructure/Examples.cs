namespace Throughline.Web.Tests.Infrastructure;

/// <summary>The example plans, copied next to the tests (see the project file).</summary>
public static class Examples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    public static string Enterprise => Read("enterprise.plan.yaml");
}
