namespace Throughline.Core.Rules;

/// <summary>One check over an analysed plan. Each rule reports through its context, which applies the plan's configuration.</summary>
internal abstract class Rule
{
    protected Rule(string id) =>
        Descriptor = RuleCatalog.Find(id) ?? throw new InvalidOperationException($"Rule {id} is not in the catalog.");

    public RuleDescriptor Descriptor { get; }

    public abstract void Evaluate(RuleContext context);
}
