namespace Throughline.Web.Hosting;

/// <summary>The plan <c>throughline demo</c> serves: examples/enterprise.plan.yaml, embedded so an installed tool has it.</summary>
public static class DemoPlan
{
    public const string Slug = "calder";
    public const string Name = "Calder Energy Systems";
    public const string FileName = "enterprise.plan.yaml";

    public static string Text()
    {
        using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream("demo.plan.yaml")
            ?? throw new InvalidOperationException("The demo plan is missing from the Throughline.Web assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
