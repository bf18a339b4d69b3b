using System.CommandLine;

namespace Throughline.Cli.Input;

/// <summary>The PLAN argument of the commands that read plan files.</summary>
internal static class PlanArguments
{
    public static Argument<string[]> Many() =>
        RejectOptions(new Argument<string[]>("PLAN")
        {
            Description = "Plan files (*.plan.yaml) to read.",
            Arity = ArgumentArity.OneOrMore,
        });

    public static Argument<string> One() =>
        RejectOptions(new Argument<string>("PLAN") { Description = "The plan file (*.plan.yaml) to read." });

    // An unknown option such as --formt would otherwise be taken for a file name and fail as "file not found".
    private static Argument<T> RejectOptions<T>(Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"Unknown option '{token.Value}'.");
            }
        });
        return argument;
    }
}
