namespace Throughline.Core.Plans;

/// <summary>The events of one node already in memory: the root of a file that was read whole.</summary>
internal sealed class NodeEvents(PlanNode root) : YamlEvents
{
    private bool taken;

    protected override YamlEvent SourceCurrent => taken ? YamlEvent.DocumentEnd : StartOf(root);

    protected override (int Line, int Column) SourcePosition => (root.Line, root.Column);

    protected override bool SourceCanEnter => false;

    protected override void SourceMoveNext() => throw new InvalidOperationException("A node in memory has no markers to move past.");

    protected override PlanNode SourceReadNode()
    {
        taken = true;
        return root;
    }
}
