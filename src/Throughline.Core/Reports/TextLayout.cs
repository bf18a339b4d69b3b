using System.Text;
using Throughline.Core.Analysis;

namespace Throughline.Core.Reports;

/// <summary>Line layout for the plain-text report: a fixed width, aligned progress columns, wrapped prose.</summary>
internal sealed class TextLayout
{
    public const int Width = 100;
    public const int BarCells = 10;

    // "[##########] 100%  not started": bar, percentage and the longest status word, right of every row label.
    private const int ProgressColumns = 1 + BarCells + 2 + 1 + 4 + 2 + 11;
    private const int LabelColumns = Width - ProgressColumns - 1;

    private readonly StringBuilder text = new();

    public override string ToString() => text.ToString();

    public void Line(string line = "") => text.Append(line.TrimEnd()).Append('\n');

    public void Heading(string title)
    {
        Line();
        Line(title.ToUpperInvariant());
        Line(new string('=', Width));
    }

    public void Subheading(string title)
    {
        Line();
        Line("  " + title);
        Line("  " + new string('-', title.Length));
    }

    /// <summary>"[######----]", or blanks when there is no figure, so the percentage column stays aligned.</summary>
    public static string Bar(double? share)
    {
        if (share is not { } value)
        {
            return new string(' ', BarCells + 2);
        }

        var filled = (int)Math.Round(Figures.Width(value) / 100 * BarCells, MidpointRounding.AwayFromZero);
        return "[" + new string('#', filled) + new string('-', BarCells - filled) + "]";
    }

    /// <summary>
    /// A label cut to fit its column, then the bar, the percentage and the status word, aligned. A marker
    /// (such as "(repeat, …)") is kept whole: the label gives way for it.
    /// </summary>
    public void Row(int indent, string label, double? share, ProgressStatus? status, string marker = "")
    {
        var room = Math.Max(LabelColumns - indent, 16);
        label = OneLine(label);
        var labelRoom = marker.Length == 0 ? room : Math.Max(room - marker.Length - 1, 8);
        var fitted = label.Length <= labelRoom ? label : label[..(labelRoom - 3)].TrimEnd() + "...";
        fitted = marker.Length == 0 ? fitted : $"{fitted} {marker}";
        var percent = Figures.Share(share).PadLeft(4);
        var word = status?.Label() ?? "";
        Line($"{new string(' ', indent)}{fitted.PadRight(room)} {Bar(share)} {percent}  {word}");
    }

    /// <summary>Runs of whitespace, line breaks included, as single spaces: a title written as a YAML block stays on its row.</summary>
    public static string OneLine(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Prose wrapped at the page width; continuation lines start at <paramref name="indent"/> too.</summary>
    public void Wrapped(int indent, string prose, string? lead = null)
    {
        var prefix = new string(' ', indent) + (lead ?? "");
        var hanging = new string(' ', prefix.Length);
        var line = new StringBuilder(prefix);
        var empty = true;
        foreach (var word in prose.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                Line(line.ToString());
                line.Clear().Append(hanging);
                empty = true;
            }

            line.Append(empty ? "" : " ").Append(word);
            empty = false;
        }

        Line(line.ToString());
    }
}
