namespace Throughline.Core.Model;

/// <summary>Where something stands in a plan file; lines and columns count from 1.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
