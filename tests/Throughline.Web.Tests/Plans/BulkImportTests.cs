using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Core.Generation;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Plans;
using Throughline.Web.Storage;
using Throughline.Web.Tests.Infrastructure;

namespace Throughline.Web.Tests.Plans;

/// <summary>
/// Imports of a generated organization through <see cref="PlanStore"/>, whose rows are read and written in
/// bulk: every row lands once, a second import writes only what changed, and a failing one leaves nothing.
/// </summary>
public abstract class BulkImportTests<TDatabase>(ThroughlineApp<TDatabase> app) : IClassFixture<ThroughlineApp<TDatabase>>
    where TDatabase : ITestDatabase, new()
{
    private static Plan Generated() => PlanGenerator.Generate(new GeneratorOptions(300, 11));

    [Fact]
    public async Task ImportStoresOneRowPerElementOfThePlan()
    {
        var plan = Generated();
        var organization = await OrganizationAsync("bulk-rows");

        await ImportAsync(organization, plan);

        Assert.Equal(ExpectedRows(plan), await StoredRowsAsync(organization));
    }

    [Fact]
    public async Task ExportAfterImportIsThePlanWritersOutput()
    {
        var plan = Generated();
        var organization = await OrganizationAsync("bulk-export");

        await ImportAsync(organization, plan);

        Assert.Equal(PlanWriter.Write(plan), PlanWriter.Write(await LoadAsync(organization)));
    }

    [Fact]
    public async Task ImportingTheSamePlanAgainChangesNothingAndKeepsEveryVersion()
    {
        var organization = await OrganizationAsync("bulk-again");
        var edited = Generated();
        edited.Goals[0].Title += " (revised)";
        await ImportAsync(organization, Generated());
        await ImportAsync(organization, edited);

        var again = await ImportAsync(organization, edited);

        Assert.Empty(again.Added);
        Assert.Empty(again.Changed);
        Assert.Empty(again.Removed);
        Assert.Equal(Items(edited), again.Unchanged);
        var versions = await VersionsAsync(organization);
        Assert.Equal(2, versions[new PlanItemRef("goal", edited.Goals[0].Id)]);
        Assert.Equal(Items(edited) - 1, versions.Values.Count(v => v == 1));
        Assert.Equal(ExpectedRows(edited), await StoredRowsAsync(organization));
    }

    [Fact]
    public async Task ImportOfAnEditedPlanKeepsWhatStaysAndReplacesTheRest()
    {
        var organization = await OrganizationAsync("bulk-edit");
        await ImportAsync(organization, Generated());
        var edited = Generated();
        var keyResult = edited.Objectives[0].KeyResults[0];
        keyResult.CheckIns[1].Value += 1;
        keyResult.CheckIns.Add(new CheckIn { Date = keyResult.CheckIns[^1].Date.AddDays(7), Value = 3, By = keyResult.Owner });
        var removedAction = edited.Actions[0];
        edited.Actions.Remove(removedAction);
        edited.Swot.Add(new SwotItem { Id = "S-new", Kind = SwotKind.Threat, Text = "A new competitor" });
        var removedSuccess = edited.Vision!.Success.Select(k => new PlanItemRef("key-result", k.Id)).ToList();
        edited.Vision = null;

        var changes = await ImportAsync(organization, edited);

        Assert.Equal([new PlanItemRef("swot", "S-new")], changes.Added);
        Assert.Equal([new PlanItemRef("key-result", keyResult.Id)], changes.Changed);
        Assert.Equal([new PlanItemRef("vision", "vision"), .. removedSuccess, new PlanItemRef("action", removedAction.Id)], changes.Removed);
        Assert.Equal(ExpectedRows(edited), await StoredRowsAsync(organization));
        Assert.Equal(PlanWriter.Write(edited), PlanWriter.Write(await LoadAsync(organization)));

        // The changed check-in is stored anew with its version up by one; the one added starts at 1.
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var checkIns = await db.CheckIns.Where(r => r.OrganizationId == organization && r.ParentId == keyResult.Id).OrderBy(r => r.Ordinal).ToListAsync();
        Assert.Equal(keyResult.CheckIns.Select(c => c.Value), checkIns.Select(r => r.Value));
        Assert.Equal(checkIns.Select((_, i) => i == 1 ? 2 : 1), checkIns.Select(r => r.Version));

        // Every action after the removed first one moved up by one position.
        var actions = await db.Actions.Where(r => r.OrganizationId == organization).OrderBy(r => r.Ordinal).Select(r => new { r.Id, r.Ordinal }).ToListAsync();
        Assert.Equal(edited.Actions.Select(a => a.Id), actions.Select(a => a.Id));
        Assert.Equal(Enumerable.Range(0, edited.Actions.Count), actions.Select(a => a.Ordinal));
    }

    [Fact]
    public async Task ImportOfAnotherPlanReplacesEveryRow()
    {
        var organization = await OrganizationAsync("bulk-other");
        await ImportAsync(organization, Generated());
        var other = PlanGenerator.Generate(new GeneratorOptions(120, 5));

        await ImportAsync(organization, other);

        Assert.Equal(ExpectedRows(other), await StoredRowsAsync(organization));
        Assert.Equal(PlanWriter.Write(other), PlanWriter.Write(await LoadAsync(organization)));
    }

    [Fact]
    public async Task FailingImportLeavesThePreviousPlanAsItWas()
    {
        var plan = Generated();
        var organization = await OrganizationAsync("bulk-failing");
        await ImportAsync(organization, plan);
        var failing = Generated();
        failing.Objectives[0].KeyResults[0].CheckIns[0].Value += 1;
        failing.Actions.RemoveAt(0);

        // Two goals under one id break the primary key when the goals are written, after the check-ins and actions.
        failing.Goals.Add(new Goal { Id = failing.Goals[0].Id, Title = "The same id again" });

        await Assert.ThrowsAnyAsync<DbException>(() => ImportAsync(organization, failing));

        Assert.Equal(ExpectedRows(plan), await StoredRowsAsync(organization));
        Assert.Equal(PlanWriter.Write(plan), PlanWriter.Write(await LoadAsync(organization)));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.OrganizationId == organization));
    }

    [Fact]
    public async Task TextAndDatesComeBackAsTheyWereWritten()
    {
        var plan = Generated();
        var goal = plan.Goals[0];
        goal.Title = "Grow 🌱 — déjà vu, \"quoted\"";
        goal.Description = "";
        goal.Area = new string('x', 300) + "é";
        goal.Horizon = new DateOnly(999, 12, 31);
        var organization = await OrganizationAsync("bulk-text");

        await ImportAsync(organization, plan);

        var loaded = (await LoadAsync(organization)).Goals[0];
        Assert.Equal(goal.Title, loaded.Title);
        Assert.Equal("", loaded.Description);
        Assert.Equal(goal.Area, loaded.Area);
        Assert.Equal(new DateOnly(999, 12, 31), loaded.Horizon);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        Assert.Equal(1, await db.Goals.CountAsync(g => g.OrganizationId == organization && g.Description == "" && g.Horizon == new DateOnly(999, 12, 31)));
    }

    /// <summary>How many rows each table must hold for the plan, counted from its elements.</summary>
    private static Dictionary<string, int> ExpectedRows(Plan plan)
    {
        var keyResults = plan.Objectives.SelectMany(o => o.KeyResults).Concat(plan.Vision?.Success ?? []).ToList();
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["PlanSettings"] = 1,
            ["Units"] = plan.Organization.Units.Count,
            ["UnitMembers"] = plan.Organization.Units.Sum(u => u.Members.Count),
            ["People"] = plan.Organization.People.Count,
            ["Visions"] = plan.Vision is null ? 0 : 1,
            ["Values"] = plan.Values.Count,
            ["SwotItems"] = plan.Swot.Count,
            ["Goals"] = plan.Goals.Count,
            ["GoalSwotLinks"] = plan.Goals.Sum(g => g.Swot.Count),
            ["Objectives"] = plan.Objectives.Count,
            ["Contributions"] = plan.Objectives.Sum(o => o.ContributesTo.Count),
            ["KeyResults"] = keyResults.Count,
            ["CheckIns"] = keyResults.Sum(k => k.CheckIns.Count),
            ["Initiatives"] = plan.Initiatives.Count,
            ["InitiativeDependencies"] = plan.Initiatives.Sum(i => i.DependsOn.Count),
            ["InitiativeSupports"] = plan.Initiatives.Sum(i => i.Supports.Count),
            ["InitiativeScores"] = plan.Initiatives.Sum(i => i.Scores.Count),
            ["Actions"] = plan.Actions.Count,
            ["ActionSupports"] = plan.Actions.Sum(a => a.Supports.Count),
            ["DecisionCriteria"] = plan.Criteria.Count,
            ["RuleSettings"] = plan.Rules.Count,
            ["RuleParameters"] = plan.Rules.Sum(r => r.Parameters.Count),
        };
    }

    /// <summary>The items an import reports on: the organization, the vision, and every element with an id or a name.</summary>
    private static int Items(Plan plan) =>
        1 + (plan.Vision is null ? 0 : 1) + plan.Values.Count + plan.Organization.Units.Count + plan.Organization.People.Count + plan.Swot.Count
        + plan.Goals.Count + plan.Objectives.Count + plan.Objectives.Sum(o => o.KeyResults.Count) + (plan.Vision?.Success.Count ?? 0)
        + plan.Initiatives.Count + plan.Actions.Count + plan.Criteria.Count + plan.Rules.Count;

    private async Task<Dictionary<string, int>> StoredRowsAsync(Guid organization)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["PlanSettings"] = await db.PlanSettings.CountAsync(r => r.OrganizationId == organization),
            ["Units"] = await db.Units.CountAsync(r => r.OrganizationId == organization),
            ["UnitMembers"] = await db.UnitMembers.CountAsync(r => r.OrganizationId == organization),
            ["People"] = await db.People.CountAsync(r => r.OrganizationId == organization),
            ["Visions"] = await db.Visions.CountAsync(r => r.OrganizationId == organization),
            ["Values"] = await db.Values.CountAsync(r => r.OrganizationId == organization),
            ["SwotItems"] = await db.SwotItems.CountAsync(r => r.OrganizationId == organization),
            ["Goals"] = await db.Goals.CountAsync(r => r.OrganizationId == organization),
            ["GoalSwotLinks"] = await db.GoalSwotLinks.CountAsync(r => r.OrganizationId == organization),
            ["Objectives"] = await db.Objectives.CountAsync(r => r.OrganizationId == organization),
            ["Contributions"] = await db.Contributions.CountAsync(r => r.OrganizationId == organization),
            ["KeyResults"] = await db.KeyResults.CountAsync(r => r.OrganizationId == organization),
            ["CheckIns"] = await db.CheckIns.CountAsync(r => r.OrganizationId == organization),
            ["Initiatives"] = await db.Initiatives.CountAsync(r => r.OrganizationId == organization),
            ["InitiativeDependencies"] = await db.InitiativeDependencies.CountAsync(r => r.OrganizationId == organization),
            ["InitiativeSupports"] = await db.InitiativeSupports.CountAsync(r => r.OrganizationId == organization),
            ["InitiativeScores"] = await db.InitiativeScores.CountAsync(r => r.OrganizationId == organization),
            ["Actions"] = await db.Actions.CountAsync(r => r.OrganizationId == organization),
            ["ActionSupports"] = await db.ActionSupports.CountAsync(r => r.OrganizationId == organization),
            ["DecisionCriteria"] = await db.Criteria.CountAsync(r => r.OrganizationId == organization),
            ["RuleSettings"] = await db.RuleSettings.CountAsync(r => r.OrganizationId == organization),
            ["RuleParameters"] = await db.RuleParameters.CountAsync(r => r.OrganizationId == organization),
        };
    }

    private async Task<Guid> OrganizationAsync(string slug)
    {
        await app.CreateOrganizationAsync(slug);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        return (await db.Organizations.SingleAsync(o => o.Slug == slug)).Id;
    }

    private async Task<PlanChanges> ImportAsync(Guid organization, Plan plan)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(organization, plan, actor: "test");
    }

    private async Task<Plan> LoadAsync(Guid organization)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlanStore>().LoadAsync(organization);
    }

    private async Task<Dictionary<PlanItemRef, int>> VersionsAsync(Guid organization)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PlanStore>().LoadWithVersionsAsync(organization)).Versions;
    }
}

public sealed class SqliteBulkImportTests(ThroughlineApp<SqliteTestDatabase> app) : BulkImportTests<SqliteTestDatabase>(app);

public sealed class PostgresBulkImportTests(ThroughlineApp<PostgresTestDatabase> app) : BulkImportTests<PostgresTestDatabase>(app);
