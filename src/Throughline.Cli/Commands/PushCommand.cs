using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Throughline.Cli.Input;
using Throughline.Cli.Output;
using Throughline.Cli.Remote;
using Throughline.Core.Model;
using Throughline.Web.Organizations;
using Throughline.Web.Plans;

namespace Throughline.Cli.Commands;

/// <summary>
/// <c>throughline push PLAN --org SLUG</c>: replaces an organization's plan on a server with a plan file, or with
/// <c>--dry-run</c> shows what that would change (docs/cli.md).
/// </summary>
internal static class PushCommand
{
    /// <summary>Up to this many items of one kind of change are listed one by one; a first push of a large plan adds thousands.</summary>
    private const int Listed = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create(CliContext context)
    {
        var plan = PlanArguments.One();
        var remote = new RemoteOptions();
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Show what would be added, changed and removed; change nothing." };
        var create = new Option<bool>("--create") { Description = "Create the organization (named as in the plan) when it does not exist yet; you become its owner." };
        var all = new Option<bool>("--all") { Description = $"List every changed item one by one, even when more than {Listed} were added, changed or removed." };
        var command = new Command(
            "push",
            "Replace an organization's plan on a server with a plan file: every item is added, changed or removed to match it. " +
            "Needs an admin's or owner's write token.")
        {
            plan, dryRun, create, all,
        };
        remote.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            parse.GetValue(plan)!,
            remote.Target(parse, context),
            new PushChoices(parse.GetValue(dryRun), parse.GetValue(create), parse.GetValue(all)),
            cancellationToken));
        return command;
    }

    private sealed record PushChoices(bool DryRun, bool Create, bool All);

    private static async Task<int> RunAsync(CliContext context, string path, ServerTarget? target, PushChoices choices, CancellationToken cancellationToken)
    {
        // The file is checked here first, so that its errors point into it and nothing is sent that the server would refuse.
        if (PlanFiles.Read(path, context) is not var (plan, text) || target is null)
        {
            return ExitCodes.Failure;
        }

        using var client = new RemoteClient(target);
        var response = await PutAsync(client, text, choices.DryRun, context, cancellationToken);
        if (response?.Status == HttpStatusCode.NotFound && choices.Create)
        {
            if (choices.DryRun)
            {
                WouldCreate(context, path, target, plan);
                return ExitCodes.Ok;
            }

            if (!await CreateAsync(client, plan, context, cancellationToken))
            {
                return ExitCodes.Failure;
            }

            response = await PutAsync(client, text, dryRun: false, context, cancellationToken);
        }

        if (response is null)
        {
            return ExitCodes.Failure;
        }

        if (response.Status == HttpStatusCode.BadRequest && PlanErrors(response, path, context))
        {
            return ExitCodes.Failure;
        }

        if (!response.Succeeded)
        {
            client.Explain(response, context, "replace the plan");
            if (response.Status == HttpStatusCode.NotFound)
            {
                context.Error.WriteLine("  To create it from this plan, add --create.", Palette.Quiet);
            }

            return ExitCodes.Failure;
        }

        var result = JsonSerializer.Deserialize<PlanImportResponse>(response.Body, Json)!;
        PrintChanges(context, path, target, result, choices.All);
        return ExitCodes.Ok;
    }

    private static Task<RemoteResponse?> PutAsync(RemoteClient client, string text, bool dryRun, CliContext context, CancellationToken cancellationToken) =>
        client.SendAsync(
            HttpMethod.Put,
            client.Target.OrganizationUrl("plan" + (dryRun ? "?dryRun=true" : "")),
            new StringContent(text, Encoding.UTF8, "application/yaml"),
            context,
            cancellationToken);

    private static async Task<bool> CreateAsync(RemoteClient client, Plan plan, CliContext context, CancellationToken cancellationToken)
    {
        var target = client.Target;
        var response = await client.SendAsync(
            HttpMethod.Post,
            new Uri(target.Server, "api/organizations"),
            JsonContent.Create(new CreateOrganizationRequest(plan.Organization.Name, target.Organization)),
            context,
            cancellationToken);
        if (response is null)
        {
            return false;
        }

        if (!response.Succeeded)
        {
            // 409: the slug is taken by an organization this token's user is not a member of.
            client.Explain(response, context, $"create the organization '{target.Organization}'");
            return false;
        }

        context.Out.WriteLine($"Created the organization '{target.Organization}' ({plan.Organization.Name}) on {target.Server}; you are its owner.");
        return true;
    }

    /// <summary>Prints the errors the server found in the plan file as the CLI prints its own; false when the 400 was of another kind.</summary>
    private static bool PlanErrors(RemoteResponse response, string path, CliContext context)
    {
        using var json = JsonDocument.Parse(response.Body);
        if (!json.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var list = errors.Deserialize<List<PlanErrorResponse>>(Json)!;
        foreach (var error in list)
        {
            context.Error.Write($"{path}:{error.Line}:{error.Column}: ", Palette.Location).Write("error", Palette.Error).WriteLine($": {error.Message}");
            if (error.Suggestion is { } suggestion)
            {
                context.Error.WriteLine($"  did you mean '{suggestion}'?", Palette.Quiet);
            }
        }

        context.Error.WriteLine($"The server refused {path} with {list.Count} error(s); nothing was changed.", Palette.Quiet);
        return true;
    }

    private static void WouldCreate(CliContext context, string path, ServerTarget target, Plan plan)
    {
        context.Out.WriteLine(
            $"Dry run: '{target.Organization}' does not exist on {target.Server}; pushing {path} with --create would create it " +
            $"({plan.Organization.Name}) with {plan.Organization.Units.Count} units, {plan.Organization.People.Count} people, " +
            $"{plan.Goals.Count} goals, {plan.Objectives.Count} objectives, {plan.Initiatives.Count} initiatives and {plan.Actions.Count} actions. Nothing was changed.");
    }

    private static void PrintChanges(CliContext context, string path, ServerTarget target, PlanImportResponse result, bool all)
    {
        var changes = result.Changes;
        var where = $"'{target.Organization}' on {target.Server}";
        var counts = $"{changes.Added.Count} added, {changes.Changed.Count} changed, {changes.Removed.Count} removed, {changes.Unchanged} unchanged";
        if (changes.Added.Count + changes.Changed.Count + changes.Removed.Count == 0)
        {
            context.Out.WriteLine($"{where} already matches {path}; nothing to change ({changes.Unchanged} items).");
            return;
        }

        context.Out.WriteLine(result.DryRun
            ? $"Dry run of {path} against {where}: would be {counts}. Nothing was changed."
            : $"Pushed {path} to {where}: {counts}.");
        List(context, "+", result.DryRun ? "would add" : "added", changes.Added, all);
        List(context, "~", result.DryRun ? "would change" : "changed", changes.Changed, all);
        List(context, "-", result.DryRun ? "would remove" : "removed", changes.Removed, all);
    }

    /// <summary>Each item when there are few; counts per kind when there are more than <see cref="Listed"/> and not <c>--all</c>.</summary>
    private static void List(CliContext context, string mark, string verb, IReadOnlyList<PlanItemRef> items, bool all)
    {
        if (all || items.Count <= Listed)
        {
            foreach (var item in items)
            {
                context.Out.WriteLine($"  {mark} {item.Kind} {item.Id}");
            }

            return;
        }

        var kinds = items.GroupBy(i => i.Kind, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        context.Out.WriteLine($"  {mark} {verb} {string.Join(", ", kinds)}");
        context.Out.WriteLine("    (--all lists every item)", Palette.Quiet);
    }
}
