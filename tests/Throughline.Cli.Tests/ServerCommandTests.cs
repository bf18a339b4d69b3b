using Throughline.Core.Plans;

namespace Throughline.Cli.Tests;

/// <summary><c>push</c> and <c>pull</c> against the real server on a loopback port, with the demo organization's tokens.</summary>
public sealed class ServerCommandTests(DemoServer server) : IClassFixture<DemoServer>, IDisposable
{
    private const string ShareTitle = "title: Calder share of new commercial heat pump installations, UK and EU";

    private readonly TempDirectory folder = new();

    private string Root => server.Url + "/";

    public void Dispose() => folder.Dispose();

    [Fact]
    public void PullWritesTheWholePlanOfTheOrganization()
    {
        var run = As(server.OwnerToken, "pull", "--org", "calder", "--output", "calder.yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote the plan of 'calder' on {Root} to calder.yaml.", run.Out.TrimEnd());
        var plan = PlanReader.Read(File.ReadAllText(folder.File("calder.yaml")), "calder.yaml");
        Assert.True(plan.Succeeded, string.Join("\n", plan.Errors));

        // The counts of examples/enterprise.plan.yaml, the demo organization's plan.
        Assert.Equal("Calder Energy Systems", plan.Plan!.Organization.Name);
        Assert.Equal(21, plan.Plan.Organization.Units.Count);
        Assert.Equal(51, plan.Plan.Organization.People.Count);
        Assert.Equal(6, plan.Plan.Goals.Count);
        Assert.Equal(24, plan.Plan.Objectives.Count);
        Assert.Equal(33, plan.Plan.Initiatives.Count);
        Assert.Equal(32, plan.Plan.Actions.Count);
    }

    [Fact]
    public void PullWritesToStandardOutputWithoutOutputFile()
    {
        var run = As(server.OwnerToken, "pull", "--org", "calder");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("throughline: 1", run.Out, StringComparison.Ordinal);
        Assert.Contains(ShareTitle, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRunListsTheChangeAndChangesNothing()
    {
        Pull("calder", "calder.yaml");
        var original = File.ReadAllText(folder.File("calder.yaml"));
        File.WriteAllText(folder.File("calder.yaml"), original.Replace(ShareTitle, ShareTitle + " and Norway", StringComparison.Ordinal));

        var run = As(server.OwnerToken, "push", "calder.yaml", "--org", "calder", "--dry-run");

        Assert.Equal(0, run.ExitCode);

        // 230 items in the demo plan: the organization, the vision, 4 values, 21 units, 51 people, 8 SWOT items, 6 goals,
        // 24 objectives, 41 key results (success measures included), 33 initiatives, 32 actions, 5 criteria and 3 rule settings.
        Assert.Equal(
            [
                $"Dry run of calder.yaml against 'calder' on {Root}: would be 0 added, 1 changed, 0 removed, 229 unchanged. Nothing was changed.",
                "  ~ key-result VS1",
            ],
            run.OutLines);
        Assert.Equal(original, Pull("calder", "after.yaml"));
    }

    [Fact]
    public void APlanFileLargerThanTheServersDefaultRequestLimitIsTaken()
    {
        // 40 MB of comments after the plan: above the 30 MB every other request may carry, below Limits:PlanBytes.
        var plan = Pull("calder", "calder.yaml");
        var comment = "# " + new string('x', 1021) + "\n";
        using (var file = File.AppendText(folder.File("calder.yaml")))
        {
            for (var i = 0; i < 40 * 1024; i++)
            {
                file.Write(comment);
            }
        }

        Assert.True(new FileInfo(folder.File("calder.yaml")).Length > 40L * 1024 * 1024);
        var run = As(server.OwnerToken, "push", "calder.yaml", "--org", "calder", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"'calder' on {Root} already matches calder.yaml; nothing to change (230 items).", run.Out, StringComparison.Ordinal);
        Assert.Equal(plan, Pull("calder", "after.yaml"));
    }

    [Fact]
    public void PushCreatesTheOrganizationThenAppliesEdits()
    {
        Pull("calder", "plan.yaml");

        var created = As(server.OwnerToken, "push", "plan.yaml", "--org", "cli-created", "--create");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(
            [
                $"Created the organization 'cli-created' (Calder Energy Systems) on {Root}; you are its owner.",
                $"Pushed plan.yaml to 'cli-created' on {Root}: 230 added, 0 changed, 0 removed, 0 unchanged.",
                "  + added 1 organization, 1 vision, 4 value, 21 unit, 51 person, 8 swot, 6 goal, 24 objective, 41 key-result, 33 initiative, 32 action, 5 criterion, 3 rule",
                "    (--all lists every item)",
            ],
            created.OutLines);

        var text = File.ReadAllText(folder.File("plan.yaml"));
        File.WriteAllText(folder.File("plan.yaml"), text.Replace(ShareTitle, ShareTitle + " and Norway", StringComparison.Ordinal));
        var edited = As(server.OwnerToken, "push", "plan.yaml", "--org", "cli-created");

        Assert.Equal(0, edited.ExitCode);
        Assert.Equal(
            [
                $"Pushed plan.yaml to 'cli-created' on {Root}: 0 added, 1 changed, 0 removed, 229 unchanged.",
                "  ~ key-result VS1",
            ],
            edited.OutLines);
        Assert.Contains(ShareTitle + " and Norway", Pull("cli-created", "pulled.yaml"), StringComparison.Ordinal);

        var again = As(server.OwnerToken, "push", "plan.yaml", "--org", "cli-created");
        Assert.Equal($"'cli-created' on {Root} already matches plan.yaml; nothing to change (230 items).", again.Out.TrimEnd());
    }

    [Fact]
    public void DryRunWithCreateCreatesNothing()
    {
        Pull("calder", "plan.yaml");

        var run = As(server.OwnerToken, "push", "plan.yaml", "--org", "cli-not-yet", "--create", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"Dry run: 'cli-not-yet' does not exist on {Root}; pushing plan.yaml with --create would create it (Calder Energy Systems) " +
            "with 21 units, 51 people, 6 goals, 24 objectives, 33 initiatives and 32 actions. Nothing was changed.",
            run.Out.TrimEnd());
        Assert.Equal(2, As(server.OwnerToken, "pull", "--org", "cli-not-yet").ExitCode);
    }

    [Fact]
    public void PushToAMissingOrganizationSaysHowToCreateIt()
    {
        Pull("calder", "plan.yaml");

        var run = As(server.OwnerToken, "push", "plan.yaml", "--org", "cli-missing");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [
                $"error: there is no organization 'cli-missing' on {Root} that you are a member of; check --org, or ask an owner to add you.",
                "  To create it from this plan, add --create.",
            ],
            run.ErrorLines);
    }

    [Fact]
    public async Task AnOrganizationOfOthersLooksExactlyLikeAMissingOne()
    {
        Pull("calder", "plan.yaml");
        Assert.Equal(0, As(server.OwnerToken, "push", "plan.yaml", "--org", "cli-helens", "--create").ExitCode);
        var lena = await server.TokenAsync("lena", "write");

        var theirs = As(lena, "pull", "--org", "cli-helens");
        var missing = As(lena, "pull", "--org", "cli-nowhere");

        Assert.Equal(2, theirs.ExitCode);
        Assert.Equal(missing.Error.Replace("cli-nowhere", "cli-helens", StringComparison.Ordinal), theirs.Error);
    }

    [Fact]
    public void ABrokenPlanIsReportedWhereItIsAndNeverSent()
    {
        File.Copy(Path.Combine(Cli.Directory, "Fixtures", "broken.plan.yaml"), folder.File("broken.plan.yaml"));

        var run = As(server.OwnerToken, "push", "broken.plan.yaml", "--org", "cli-broken", "--create");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("broken.plan.yaml:7:5: error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("4 errors in broken.plan.yaml", run.ErrorLines[^1]);
        var pull = As(server.OwnerToken, "pull", "--org", "cli-broken");
        Assert.StartsWith("error: there is no organization 'cli-broken'", pull.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTokenComesFromTheEnvironmentWhenNotGiven()
    {
        var run = Cli.RunWith(folder.Path, Cli.Today, Environment(server.OwnerToken), "pull", "--org", "calder", "-o", "env.yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(ShareTitle, File.ReadAllText(folder.File("env.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutATokenNothingIsSent()
    {
        var run = Cli.RunWith(folder.Path, Cli.Today, name => name == "THROUGHLINE_SERVER" ? server.Url : null, "pull", "--org", "calder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: no access token: pass --token or set THROUGHLINE_TOKEN. Create a token with POST /api/account/tokens (docs/api.md) or in the settings.",
            run.Error.TrimEnd());
    }

    [Fact]
    public void ARevokedOrMistypedTokenIsRefused()
    {
        var run = As("tl_this-is-no-token-of-this-server", "pull", "--org", "calder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {Root} did not accept the access token: it is mistyped, expired or revoked. Create a new one (docs/api.md).", run.Error.TrimEnd());
    }

    [Fact]
    public void SomethingElseThanATokenIsNotSent()
    {
        var run = As("password123", "pull", "--org", "calder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: 'passwo…' is not a Throughline access token; tokens start with 'tl_'.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task AReadTokenCannotPush()
    {
        Pull("calder", "plan.yaml");
        var read = await server.TokenAsync("sophie", "read");

        var run = As(read, "push", "plan.yaml", "--org", "calder");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: not allowed to replace the plan: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("read", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OnlyAdminsAndOwnersPullTheWholePlan()
    {
        var member = await server.TokenAsync("tariq", "write");

        var run = As(member, "pull", "--org", "calder", "-o", "member.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: not allowed to download the plan: The whole plan file, private objectives included, is for admins and owners; " +
            "read the items you may see through their own endpoints.",
            run.Error.TrimEnd());
        Assert.False(File.Exists(folder.File("member.yaml")));
    }

    [Fact]
    public void AServerThatIsNotThereIsSaidSo()
    {
        var url = DemoServer.UnusedUrl();

        var run = Cli.RunWith(folder.Path, Cli.Today, _ => null, "pull", "--org", "calder", "--server", url, "--token", server.OwnerToken);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"error: cannot reach {url}/: connection refused. Is the server running (throughline serve), and is the URL right?",
            run.Error.TrimEnd());
    }

    [Theory]
    [InlineData("--org", "Calder", "error: --org: 'Calder' is not an organization slug; a slug is 2 to 63 lower-case letters, digits and hyphens, starting with a letter (for example 'calder').")]
    [InlineData("--server", "ftp://example.org", "error: --server: 'ftp://example.org' is not a server URL; write it as http://host:port or https://host, for example http://localhost:5000.")]
    public void BadOptionsAreUsageErrors(string option, string value, string error)
    {
        string[] args = option == "--org" ? ["pull", "--org", value] : ["pull", "--org", "calder", "--server", value];

        var run = Cli.RunWith(folder.Path, Cli.Today, Environment(server.OwnerToken), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(error, run.ErrorLines[0]);
    }

    private Func<string, string?> Environment(string token) => name => name switch
    {
        "THROUGHLINE_SERVER" => server.Url,
        "THROUGHLINE_TOKEN" => token,
        _ => null,
    };

    private CliResult As(string token, params string[] args) =>
        Cli.RunWith(folder.Path, Cli.Today, name => name == "THROUGHLINE_SERVER" ? server.Url : null, [.. args, "--token", token]);

    /// <summary>Pulls the organization's plan as its owner into the file, and returns the text.</summary>
    private string Pull(string organization, string file)
    {
        var run = As(server.OwnerToken, "pull", "--org", organization, "-o", file);
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllText(folder.File(file));
    }
}
