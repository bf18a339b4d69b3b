using Throughline.Core.Analysis;
using Throughline.Core.Beat;
using Throughline.Core.Model;

namespace Throughline.Core.Rules;

internal sealed class ActBeforeEngage() : Rule("stage/act-before-engage")
{
    public override void Evaluate(RuleContext context)
    {
        var people = new StagePeople(context.Graph);
        for (var i = 0; i < context.Graph.InitiativeCount; i++)
        {
            var initiative = context.Plan.Initiatives[i];
            // Only an initiative with a stage is a change initiative; the others are left to the other rules.
            if (initiative.Stage is null || initiative.Status is InitiativeStatus.Done or InitiativeStatus.Cancelled)
            {
                continue;
            }

            var stage = BeatStages.Assess(context.Result, people, i);
            if (!stage.Acts || stage.Met(ChangeStage.Engage))
            {
                continue;
            }

            var missing = new List<string>();
            if (!stage.HasSponsor)
            {
                missing.Add("it has no owner");
            }

            if (!stage.HasContributors)
            {
                var unit = initiative.Unit is null ? "it has no unit" : $"{initiative.Unit} has nobody{(stage.HasSponsor ? " else" : "")}";
                missing.Add(stage.HasSponsor
                    ? $"nobody besides its owner is involved ({unit}, and no action is owned by anyone else)"
                    : $"nobody is involved ({unit}, and no action has an owner)");
            }

            if (!stage.InvolvesBelowExecutive)
            {
                missing.Add("nobody below the executive level is involved");
            }

            var claimsStage = initiative.Stage is ChangeStage.Act or ChangeStage.Transform;
            var acting = claimsStage ? $"claims stage {Stages.Name(initiative.Stage!.Value)}" : "is active";
            context.Report(
                initiative,
                ElementKind.Initiative,
                $"Initiative {initiative.Id} {acting} before anyone has engaged: {string.Join("; ", missing)}.",
                "Engage first: name an owner and the team (a `unit:` with its people, or actions owned by the people doing the work), including people below the executive level.",
                claimsStage ? "stage" : "status");
        }
    }
}

/// <summary>A rule that judges each initiative on its own, so a live analysis can re-judge one initiative.</summary>
internal interface IInitiativeJudge
{
    void Judge(RuleContext context, int initiative);
}

internal sealed class TransformWithoutOutcome() : Rule("stage/transform-without-outcome"), IInitiativeJudge
{
    public override void Evaluate(RuleContext context)
    {
        for (var i = 0; i < context.Graph.InitiativeCount; i++)
        {
            Judge(context, i);
        }
    }

    /// <summary>Reports initiative i if it claims transform without a measured outcome.</summary>
    public void Judge(RuleContext context, int i)
    {
        var initiative = context.Plan.Initiatives[i];
        if (initiative.Stage != ChangeStage.Transform || initiative.Status == InitiativeStatus.Cancelled)
        {
            return;
        }

        var keyResults = BeatStages.SupportedKeyResults(context.Graph, i).ToList();
        if (keyResults.Any(k => context.Result.KeyResult(k) is { CheckInCount: > 0, Progress: > 0 }))
        {
            return;
        }

        var ids = keyResults.Select(k => context.Graph.KeyResult(k).Id).ToList();
        var message = ids.Count == 0
            ? $"Initiative {initiative.Id} claims stage transform but moves no key result that could show the change."
            : $"Initiative {initiative.Id} claims stage transform, but no key result it moves ({Text.List(ids)}) has check-ins that show progress.";
        context.Report(
            initiative,
            ElementKind.Initiative,
            message,
            "Show the outcome: link the key results the change should move and check them in, or set `stage: act` until they move.",
            "stage");
    }
}

internal sealed class SkippedStage() : Rule("stage/skipped")
{
    public override void Evaluate(RuleContext context)
    {
        var people = new StagePeople(context.Graph);
        for (var i = 0; i < context.Graph.InitiativeCount; i++)
        {
            var initiative = context.Plan.Initiatives[i];
            if (initiative.Stage is not { } claimed || claimed == ChangeStage.Believe || initiative.Status == InitiativeStatus.Cancelled)
            {
                continue;
            }

            var stage = BeatStages.Assess(context.Result, people, i);
            var skipped = new List<string>();

            // A missing owner or team on an initiative that acts is stage/act-before-engage's to report.
            var reasons = new List<string>();
            if (!stage.HasSponsor && !stage.Acts)
            {
                reasons.Add("no owner sponsors it");
            }

            if (!stage.HasWhy)
            {
                reasons.Add("no description and nothing in `supports` says why");
            }

            if (reasons.Count > 0)
            {
                skipped.Add($"believe ({Text.List(reasons)})");
            }

            if (claimed == ChangeStage.Transform && !stage.HasWork)
            {
                skipped.Add("act (no actions, not active or done, start date not reached)");
            }

            if (skipped.Count == 0)
            {
                continue;
            }

            context.Report(
                initiative,
                ElementKind.Initiative,
                $"Initiative {initiative.Id} claims stage {Stages.Name(claimed)} but skipped {string.Join(" and ", skipped)}.",
                "Meet the earlier stages' criteria, or set the stage the initiative has earned.",
                "stage");
        }
    }
}

internal static class Stages
{
    public static string Name(ChangeStage stage) => stage.ToString().ToLowerInvariant();
}
