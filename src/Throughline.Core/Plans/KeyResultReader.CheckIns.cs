using Throughline.Core.Model;

namespace Throughline.Core.Plans;

internal static partial class KeyResultReader
{
    private static readonly string[] CheckInFields = PlanFieldNames.CheckIn;

    /// <summary>
    /// A check-in whose fields are all known, present where required and valid, read straight from its node:
    /// a plan has millions of them. Null for any other check-in, which <see cref="ReadCheckIn"/> reads and
    /// reports on; for these, both give the same check-in with the same locations.
    /// </summary>
    private static CheckIn? ReadWellFormedCheckIn(PlanNode node, ReadContext context)
    {
        var pairs = node.IsMapping ? node.Pairs : null;
        if (pairs is null || pairs.Count is < 2 or > 5)
        {
            return null;
        }

        Span<(int Field, int Line, int Column)> positions = stackalloc (int, int, int)[5];
        var checkIn = new CheckIn();
        var seen = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (key, value) = pairs[i];
            if (!key.IsScalar || !value.IsScalar || value.Line < 1)
            {
                return null;
            }

            var field = key.Value switch
            {
                "date" => 0,
                "value" => 1,
                "confidence" => 2,
                "by" => 3,
                "note" => 4,
                _ => -1,
            };
            if (field < 0 || !Read(field, value, checkIn, context))
            {
                return null;
            }

            seen |= 1 << field;
            positions[i] = (field, value.Line, value.Column);
        }

        // Date and value are required.
        if ((seen & 0b11) != 0b11)
        {
            return null;
        }

        checkIn.Location = context.At(node);
        if (!context.StorePositions(checkIn, CheckInFields, positions[..pairs.Count], []))
        {
            return null;
        }

        return checkIn;
    }

    private static bool Read(int field, PlanNode value, CheckIn checkIn, ReadContext context)
    {
        var isNull = YamlScalars.IsNull(value);
        switch (field)
        {
            case 0:
                if (isNull || !YamlScalars.TryParseDate(value.Text, out var date))
                {
                    return false;
                }

                checkIn.Date = date;
                return true;
            case 1:
                if (isNull || !YamlScalars.TryParseNumber(value.Text, out var number))
                {
                    return false;
                }

                checkIn.Value = number;
                return true;
            case 2:
                if (isNull)
                {
                    return true;
                }

                if (!YamlScalars.TryParseNumber(value.Text, out var confidence) || confidence is < 0 or > 1)
                {
                    return false;
                }

                checkIn.Confidence = confidence;
                return true;
            case 3:
                checkIn.By = isNull ? null : context.Shared(value);
                return true;
            default:
                checkIn.Note = isNull ? null : context.Shared(value);
                return true;
        }
    }
}
