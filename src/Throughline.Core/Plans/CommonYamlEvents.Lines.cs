using System.Buffers;

namespace Throughline.Core.Plans;

internal sealed partial class CommonYamlEvents
{
    /// <summary>
    /// The lines of the text, each checked for characters that YAML reads in a special way. The text is read in
    /// chunks of whole lines, and the chunks are used in turn: before one is refilled, the nodes that still hold
    /// a slice of it get strings of their own (<see cref="PlanNode.Detach"/>).
    /// </summary>
    private sealed class Lines(TextReader reader, Action<char[]> beforeReuse) : IDisposable
    {
        private const int ChunkSize = 64 * 1024;

        private static readonly SearchValues<char> PrintableAscii =
            SearchValues.Create([.. Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c)]);

        private readonly char[][] chunks = [new char[ChunkSize], new char[ChunkSize]];
        private int chunk;
        private int count;
        private int complete;
        private bool readerDone;
        private int next;

        /// <summary>The characters the current line is in.</summary>
        public char[] Text => chunks[chunk];

        public int Start { get; private set; }

        /// <summary>Where the current line ends, before its line break.</summary>
        public int End { get; private set; }

        public int Number { get; private set; }

        public int Indent { get; private set; }

        public bool AtEnd { get; private set; }

        public bool MoveNext()
        {
            if (next >= complete && !Fill())
            {
                AtEnd = true;
                Start = End = next;
                Indent = 0;
                return false;
            }

            var text = Text;
            var newline = text.AsSpan(next, complete - next).IndexOf('\n');
            Start = next;
            End = newline < 0 ? complete : next + newline;
            next = newline < 0 ? complete : End + 1;
            if (End > Start && text[End - 1] == '\r')
            {
                End--;
            }

            Number++;
            var line = text.AsSpan(Start, End - Start);
            Check(line);
            var indent = line.IndexOfAnyExcept(' ');
            Indent = indent < 0 ? line.Length : indent;
            return true;
        }

        // Moves the unfinished last line to the next chunk and reads more after it, up to a whole line at least.
        private bool Fill()
        {
            if (readerDone && complete == count)
            {
                return false;
            }

            var following = (chunk + 1) % chunks.Length;
            beforeReuse(chunks[following]);
            var unfinished = count - complete;
            Array.Copy(chunks[chunk], complete, chunks[following], 0, unfinished);
            chunk = following;
            count = unfinished;
            next = 0;
            while (true)
            {
                var text = Text;
                while (!readerDone && count < text.Length)
                {
                    var read = reader.Read(text, count, text.Length - count);
                    readerDone = read == 0;
                    count += read;
                }

                complete = readerDone ? count : text.AsSpan(0, count).LastIndexOf('\n') + 1;
                if (complete > 0)
                {
                    return true;
                }

                if (readerDone)
                {
                    return false;
                }

                // A line longer than a chunk: the nodes that hold slices of the old array keep it.
                var larger = new char[text.Length * 2];
                Array.Copy(text, larger, count);
                chunks[chunk] = larger;
            }
        }

        // YAML reads tabs, control characters, byte order marks and the Unicode line breaks in ways of their own.
        private static void Check(ReadOnlySpan<char> line)
        {
            var i = line.IndexOfAnyExcept(PrintableAscii);
            while (i >= 0)
            {
                var c = line[i];
                if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
                {
                    i += 2;
                }
                else if (c is (>= '\u00A0' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF'))
                {
                    i++;
                }
                else
                {
                    throw Uncommon("a tab, a control character or a character YAML reads in a way of its own");
                }

                var rest = i < line.Length ? line[i..].IndexOfAnyExcept(PrintableAscii) : -1;
                i = rest < 0 ? -1 : i + rest;
            }
        }

        public void Dispose() => reader.Dispose();
    }
}
