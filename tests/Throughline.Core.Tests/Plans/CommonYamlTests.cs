using System.Text;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

/// <summary>
/// The fast parser of the YAML plan files are written in gives exactly the nodes YamlDotNet's parser gives,
/// with the same values, quoting, lines and columns; and gives up on anything else.
/// </summary>
public class CommonYamlTests
{
    public static TheoryData<string> Snippets() =>
    [
        "a: 1\nb:\n  c: x\nd:\n  - e: 1\n    f: 2\n  - {g: 1, h: [x, 'y', \"z\"]}\n",
        "a:\nb: 2\n",
        "a:   \n  # c\nb: 2\n",
        "a: \nb:",
        "s:\n- x\n- y\nt: 1\n",
        "a: x # c\nb: 'it''s'\nc: \"q\\\"x\"\n",
        "a: Café x\nb: é: 3\n",
        "a: 😀 x\nb: 2\n",
        "a: {x: 1,  y: }\n",
        "a: {x: , y: 2}\n",
        "a: [ ]\nb: { }\n",
        "a: 12:30\nb: x:y\n",
        "a: x\n    # c\nb: 1\n",
        "a:\n  - id: 1\n\n    x: 2\n",
        "- a\n",
        "a: -5\nb: - x\n",
        "t: Foo [bar], {baz} x\n",
        "a: %x\n",
        "a: x,y\n",
        "a: !x\n",
        "a: &x 1\nb: *x\n",
        "a: # c\n  b: 1\n",
        "a: # c\nb: 1\n",
        "a: 'x' y\n",
        "a: [a, b] # c\nb: 1\n",
        "a: -x\n",
        "a: {a: [x, y], b: {c: 1}}\n",
        "a: [ a , b ]\n",
        "a: [a#b, c #d]\n",
        "a: {note: 'x, y', n: \"a\\tb\"}\n",
        "a:\n  x\nb: 1\n",
        "a: x\n  y\nb: 1\n",
        "a: {x: 1}\n  # c\nb: 1\n",
        "a: x  \nb: y\t\n",
        "a: ?x\nb: :x\n",
        "a: x:\n",
        "- id: 1\n  - x\n",
        "a:\n  - x\n  b: 1\n",
        "a: {x: 1, y: 2,}\n",
        "a: [x, y,]\n",
        "a: {x:1}\n",
        "a: [x:1]\n",
        "a: [x: 1]\n",
        "a: 'multi\n  line'\n",
        "a: x\n...\n",
        "a: x\n---\nb: 1\n",
        "---\na: x\n",
        "a: x\r\nb: y\r\n",
        "a: x\rb: y\r",
        "a: \"\\u00e9x\\x41\\n\\\\\"\n",
        "a:  \n  - x\n",
        "a: x # c\n  # d\nb: 2\n",
        "a: [x, {y: 1}]\n",
        "a: x y \n",
        "? a\n: 1\n",
        "a: 1\n  \nb: 2\n",
        "a:\n    - x\n    - y\nb: 1\n",
        "a:\n  -  x\n  -   {y: 1}\n",
        "a:\n  - x\n - y\n",
        "x-a: {b: [1, {c: d}]}\n",
        "a: 'x''y' # c\n",
        "a: \"\"\nb: ''\n",
        "a: [\"x\", 'y']\n",
        "a b: 1\n",
        "a: {b: 'x'  , c: d  }\n",
        "a: {note: it's, b: x\"y}\n",
        "a: [x'y, a\"b, c&d, e*f, g!h, i|j, k>l, m%n, o@p, q`r, s?t, u-v, w~x]\n",
        "a: x &y *z !w |v >u %t @s `r\n",
        "a: \"x\":\n",
        "a: x\u00a0y\n",
        "a: x\u0085y\n",
        "a: x\u2028y\n",
        "a: \ufeffx\n",
        "\ufeffa: x\n",
        "a: x\u007fy\n",
        "a: x\u0001y\n",
        "a: \"x\\qy\"\n",
        "a: {b: c}x\n",
        "a: [b] x\n",
        "a:\n- b\n- c\nd: 1\n",
        "a:\n  b:\n  - c\n  d: 1\n",
        "a:\n  - b: 1\n    c:\n    - x\n    d: 2\n",
        "a: 1\nb\n",
        "a: 1\n-b: 2\n",
        "a: 1 \n b: 2\n",
        "a: null\nb: ~\nc: Null\nd: NULL\ne: true\n",
        "a:\n  -\n    b: 1\n",
        "a: -\n",
        "a: x# c\n",
        "a: {b: x#y}\n",
        "a: ---\nb: ...\n",
        "a: 1\na: 2\n",
        "a: {b: 1, b: 2}\n",
        "a:\n  - {b: 1}\n  - b: 1\n    b: 2\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "  a: 1\n",
        "# only a comment\n",
        "",
        "a:\n  - id: G1\n    title: Grow\n  - id: G2\n    title: More\nb:\n  c:\n    d: [1, 2]\n    e: {f: g}\n",
        "objectives:\n  - id: O1\n    key_results:\n      - id: KR1\n        checkins:\n          - {date: 2026-01-05, value: 12.5, confidence: 0.8}\n          - {date: 2026-01-12, value: -3, note: Supplier's late}\n",
    ];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void GivesTheNodesOfYamlDotNetsParserOrGivesUp(string yaml) => AssertSameOrGivesUp(yaml);

    [Theory]
    [InlineData("a: 1 # c\nb: x   # c\nc: [1, 2] # c\nd: 'q' # c\ne: {f: g} # c\n")]
    [InlineData("a:\nb: ~\nc:\n  # only a comment\nd: null\n")]
    [InlineData("a:\n- x\n- {y: 1}\nb:\n  - 'z'\n  - \"w\"\n")]
    [InlineData("a:\n  b:\n    c: 12:30, x:y [z] {w} it's \"q\"\n")]
    [InlineData("a: {b: [1, -2.5e3, .5, x y], c: {d: ''}, e: 'it''s', f: \"\\u00e9\\\\\"}\n")]
    [InlineData("a: Café 😀 x\r\nb: y\r\n")]
    [InlineData("a:\n  - id: 1\n\n    # between\n    x: 2\n  - id: 2\n")]
    public void ReadsTheCommonFormsItself(string yaml)
    {
        Assert.Equal(YamlNodeDump.Parsed(yaml, stepInto: false), YamlNodeDump.Common(yaml, stepInto: false));
        Assert.Equal(YamlNodeDump.Parsed(yaml, stepInto: true), YamlNodeDump.Common(yaml, stepInto: true));
    }

    [Fact]
    public void ReadsThePlanWritersOutput()
    {
        foreach (var file in PlanElementJsonWriteTests.ExampleFiles())
        {
            var written = PlanWriter.Write(PlanReader.ReadFile(file).Plan!);

            Assert.Equal(YamlNodeDump.Parsed(written, stepInto: false), YamlNodeDump.Common(written, stepInto: false));
            Assert.Equal(YamlNodeDump.Parsed(written, stepInto: true), YamlNodeDump.Common(written, stepInto: true));
        }
    }

    [Fact]
    public void ReadsFlowCheckInsLikeTheParser()
    {
        const string Yaml = "checkins:\n  - {date: 2026-01-05, value: 12.5, confidence: 0.8}\n  - { date: 2026-01-12, value: 13, by: ana, note: 'Late, again' }\n";

        var common = YamlNodeDump.Common(Yaml, stepInto: false);

        Assert.Equal(YamlNodeDump.Parsed(Yaml, stepInto: false), common);
        Assert.Contains("'2026-01-05'@2:12", common, StringComparison.Ordinal);
        Assert.Contains("\"Late, again\"@3:51", common, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: x\n  continued\n")]
    [InlineData("a: x\n---\nb: 1\n")]
    [InlineData("a: \"x\\qy\"\n")]
    public void GivesUpOnYamlItLeavesToYamlDotNet(string yaml) =>
        Assert.Throws<UncommonYamlException>(() => YamlNodeDump.Common(yaml, stepInto: true));

    /// <summary>Plan-like YAML with random edits: indentation, quotes, brackets, colons, comments, line breaks.</summary>
    [Fact]
    public void AgreesWithTheParserOnThousandsOfEditedTexts()
    {
        var random = new Random(20261115);
        var read = 0;
        for (var i = 0; i < 5000; i++)
        {
            var yaml = Edit(Sample(random), random);
            read += AssertSameOrGivesUp(yaml) ? 1 : 0;
        }

        // The edits leave many texts valid and common, so the comparison above is not empty.
        Assert.True(read > 300, $"Only {read} texts were read by the common parser.");
    }

    private static bool AssertSameOrGivesUp(string yaml)
    {
        foreach (var stepInto in new[] { false, true })
        {
            string common;
            try
            {
                common = YamlNodeDump.Common(yaml, stepInto);
            }
            catch (UncommonYamlException)
            {
                return false;
            }

            Assert.True(YamlNodeDump.Parsed(yaml, stepInto) == common,
                $"For:\n{yaml}\nthe parser gives\n{YamlNodeDump.Parsed(yaml, stepInto)}\nthe common parser\n{common}");
        }

        return true;
    }

    private static readonly string[] Lines =
    [
        "throughline: 1",
        "organization:",
        "  name: Acme Energy",
        "  units:",
        "    - id: acme",
        "      name: Acme # the top",
        "    - { id: sales, name: Sales, parent: acme }",
        "objectives:",
        "  - id: O1",
        "    title: Cut cost by 20% in 2026",
        "    contributes_to: [G1, { id: G2, weight: 2 }]",
        "    key_results:",
        "      - id: KR1",
        "        unit: '%'",
        "        range: [8, 12]",
        "        checkins:",
        "          - {date: 2026-02-01, value: 1480, confidence: 0.7, by: ana, note: New racking supplier}",
        "          - { date: 2026-03-01, value: -2.5e3, note: \"it's \\\"late\\\"\" }",
        "",
        "  # a comment",
        "actions:",
        "- id: A1",
        "  title: Pick two kit suppliers",
        "  done: true",
        "x-data: {a: [1, 2], b: ~}",
    ];

    private static string Sample(Random random)
    {
        var start = random.Next(Lines.Length);
        var count = random.Next(1, Lines.Length - start + 1);
        return string.Join("\n", Lines.Skip(start).Take(count)) + "\n";
    }

    private static string Edit(string yaml, Random random)
    {
        const string Pieces = " :#-'\"[]{},\nx1&*!|>  \r\t.~0é?%@`\\";
        var text = new StringBuilder(yaml);
        for (var edits = random.Next(0, 4); edits > 0 && text.Length > 0; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1:
                    text.Remove(at, 1);
                    break;
                default:
                    text[at] = Pieces[random.Next(Pieces.Length)];
                    break;
            }
        }

        return text.ToString();
    }
}
