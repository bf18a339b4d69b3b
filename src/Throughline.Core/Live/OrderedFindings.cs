using System.Collections;
using Throughline.Core.Analysis;

namespace Throughline.Core.Live;

/// <summary>
/// The findings of a live analysis, kept in the order a full analysis lists them (<see cref="FindingOrder"/>)
/// while check-ins add and remove a few at a time. A single sorted array would move half of a large plan's
/// findings on every insertion; blocks of at most <see cref="MaxBlock"/> bound that to one block, and the
/// index of each block's first finding is rebuilt only when a reader asks for a finding by position.
/// </summary>
internal sealed class OrderedFindings : IReadOnlyList<Finding>
{
    private const int MaxBlock = 512;

    // Binary searches look for the first position whose finding sorts after the given one (After) or not
    // before it (AtOrAfter): Compare(finding, item) < bound. Plain loops rather than predicates, so that a
    // check-in allocates no closure.
    private const int After = 0;
    private const int AtOrAfter = 1;

    private readonly List<List<Finding>> blocks = [];
    private int[] blockStarts = [];
    private bool blockStartsStale = true;

    /// <param name="sorted">Findings already in <see cref="FindingOrder"/>, as the analyzer leaves them.</param>
    public OrderedFindings(IReadOnlyList<Finding> sorted)
    {
        for (var at = 0; at < sorted.Count; at += MaxBlock / 2)
        {
            var block = new List<Finding>(MaxBlock + 1);
            for (var i = at; i < Math.Min(at + (MaxBlock / 2), sorted.Count); i++)
            {
                block.Add(sorted[i]);
            }

            blocks.Add(block);
        }

        Count = sorted.Count;
    }

    public int Count { get; private set; }

    public Finding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var starts = BlockStarts();
            var b = starts.BinarySearch(index);
            b = b >= 0 ? b : ~b - 1;
            return blocks[b][index - starts[b]];
        }
    }

    /// <summary>Inserts after every finding that sorts equal to it, as a stable sort would.</summary>
    public void Add(Finding finding)
    {
        // Every block holds at least one finding: the searches read each block's last.
        if (blocks.Count == 0)
        {
            blocks.Add(new List<Finding>(MaxBlock + 1) { finding });
            Count++;
            blockStartsStale = true;
            return;
        }

        var b = Math.Min(FirstBlock(finding, After), blocks.Count - 1);
        var block = blocks[b];
        var at = FirstIn(block, finding, After);
        block.Insert(at, finding);
        if (block.Count > MaxBlock)
        {
            var half = block.Count / 2;
            var upper = new List<Finding>(MaxBlock + 1);
            upper.AddRange(block.GetRange(half, block.Count - half));
            block.RemoveRange(half, block.Count - half);
            blocks.Insert(b + 1, upper);
        }

        Count++;
        blockStartsStale = true;
    }

    /// <summary>Removes one finding equal to the given one; false when there is none.</summary>
    public bool Remove(Finding finding)
    {
        for (var b = FirstBlock(finding, AtOrAfter); b < blocks.Count; b++)
        {
            var block = blocks[b];
            for (var at = FirstIn(block, finding, AtOrAfter); at < block.Count; at++)
            {
                if (FindingOrder.Compare(block[at], finding) != 0)
                {
                    return false;
                }

                if (block[at].Equals(finding))
                {
                    block.RemoveAt(at);
                    if (block.Count == 0)
                    {
                        blocks.RemoveAt(b);
                    }

                    Count--;
                    blockStartsStale = true;
                    return true;
                }
            }
        }

        return false;
    }

    public IEnumerator<Finding> GetEnumerator()
    {
        foreach (var block in blocks)
        {
            foreach (var finding in block)
            {
                yield return finding;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first block whose last finding is past the bound; the block count when none is.</summary>
    private int FirstBlock(Finding finding, int bound)
    {
        int low = 0, high = blocks.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (FindingOrder.Compare(finding, blocks[middle][^1]) < bound)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static int FirstIn(List<Finding> block, Finding finding, int bound)
    {
        int low = 0, high = block.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (FindingOrder.Compare(finding, block[middle]) < bound)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private ReadOnlySpan<int> BlockStarts()
    {
        if (blockStartsStale)
        {
            if (blockStarts.Length < blocks.Count)
            {
                blockStarts = new int[blocks.Count * 2];
            }

            var start = 0;
            for (var b = 0; b < blocks.Count; b++)
            {
                blockStarts[b] = start;
                start += blocks[b].Count;
            }

            blockStartsStale = false;
        }

        return blockStarts.AsSpan(0, blocks.Count);
    }
}
