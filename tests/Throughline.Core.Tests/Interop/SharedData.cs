namespace Throughline.Core.Tests.Interop;

/// <summary>The repository's sibling folder <c>shared</c>, with the real StratML files and the published schemas.</summary>
internal static class SharedData
{
    public static string StratmlFolder => Path.Combine(Root(), "data", "stratml");

    public static string Stratml(string name) => Path.Combine(StratmlFolder, name);

    public static string Schema(string name) => Path.Combine(StratmlFolder, "schemas", name);

    private static string Root()
    {
        // Up from the test output to the folder that holds Throughline.slnx; `shared` stands beside it.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Throughline.slnx")))
            {
                var shared = Path.Combine(folder.Parent?.FullName ?? folder.FullName, "shared");
                Assert.True(
                    Directory.Exists(Path.Combine(shared, "data", "stratml")),
                    $"The real StratML files are missing: expected them in {shared}/data/stratml, beside the repository.");
                return shared;
            }
        }

        Assert.Fail($"No Throughline.slnx above {AppContext.BaseDirectory}; cannot find the shared folder beside the repository.");
        return "";
    }
}
