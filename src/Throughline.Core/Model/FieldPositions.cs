namespace Throughline.Core.Model;

/// <summary>The file and the field names that the compact field locations of many elements refer to.</summary>
internal sealed class FieldLayout(string file, string[] fields)
{
    public string File { get; } = file;

    public string[] Fields { get; } = fields;
}

/// <summary>
/// The field and list entry locations of many elements, one after the other in one array, so that a plan of
/// millions of elements needs no dictionary, nor even an array, per element. An element keeps where its
/// locations start here and how many fields it has (<see cref="FieldPositions"/>).
/// </summary>
internal sealed class FieldBlock(int length)
{
    /// <summary>
    /// The most a block holds: below the large object heap, whose allocations would bring on full garbage
    /// collections, and what an element's start can address (<see cref="FieldPositions.Start"/>).
    /// </summary>
    public const int MaxLength = 16 * 1024;

    private readonly List<FieldLayout> layouts = [];

    public int[] Data { get; } = new int[length];

    public int Used { get; set; }

    public FieldLayout Layout(int index) => layouts[index];

    /// <summary>The layout's index here; -1 when the block has as many layouts as it can number.</summary>
    public int IndexOf(FieldLayout layout)
    {
        var index = layouts.IndexOf(layout);
        if (index < 0 && layouts.Count <= FieldPositions.MaxLayout)
        {
            index = layouts.Count;
            layouts.Add(layout);
        }

        return index;
    }
}

/// <summary>
/// How an element's locations are packed in a <see cref="FieldBlock"/>. At the element's start: its layout's
/// index in the block and its number of list entries (<c>layout | entries &lt;&lt; 16</c>), then a base line.
/// Then one integer per field: lines below the base line, column and the field's index in the layout
/// (<c>lines &lt;&lt; 24 | column &lt;&lt; 8 | field</c>). Then two per list entry: the entry's index and
/// the field's (<c>entry &lt;&lt; 8 | field</c>), then lines and column as for a field.
/// </summary>
internal static class FieldPositions
{
    public const int Header = 2;
    public const int EntrySize = 2;
    public const int MaxLayout = 0xFFFF;
    public const int MaxEntries = 0x7FFF;
    public const int MaxFields = 0xFF;
    public const int MaxLines = 0x7F;
    public const int MaxColumn = 0xFFFF;
    public const int MaxEntryIndex = 0x7FFFFF;

    // The element's slice: where it starts in the block and how many fields it has, with two flags.
    private const int FieldsExpanded = 1 << 30;
    private const int EntriesHidden = 1 << 29;

    public static int Slice(int start, int fields) => (start << 8) | fields;

    public static int Start(int slice) => (slice >> 8) & (FieldBlock.MaxLength - 1);

    public static int FieldCount(int slice) => slice & 0xFF;

    public static bool AreFieldsExpanded(int slice) => (slice & FieldsExpanded) != 0;

    public static int ExpandFields(int slice) => slice | FieldsExpanded;

    public static bool AreEntriesHidden(int slice) => (slice & EntriesHidden) != 0;

    public static int HideEntries(int slice) => slice | EntriesHidden;

    public static bool Fits(int lines, int column) => lines is >= 0 and <= MaxLines && column is >= 0 and <= MaxColumn;

    public static int Pack(int lines, int column, int field) => (lines << 24) | (column << 8) | field;

    public static int Field(int packed) => packed & 0xFF;

    public static SourceLocation Location(FieldLayout layout, int baseLine, int packed) =>
        new(layout.File, baseLine + (packed >> 24), (packed >> 8) & 0xFFFF);
}
