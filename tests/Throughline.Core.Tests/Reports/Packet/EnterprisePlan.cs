using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Reports.Packet;

/// <summary>examples/enterprise.plan.yaml, read from the repository the tests run in.</summary>
internal static class EnterprisePlan
{
    public static Plan Read()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Throughline.slnx")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "examples", "enterprise.plan.yaml");
        return PlanReader.Read(File.ReadAllText(path), "examples/enterprise.plan.yaml").Plan!;
    }
}
