using Throughline.Core.Model;

namespace Throughline.Core.Analysis;

public static class Cadences
{
    /// <summary>The cadence a key result is checked in at when its plan names none.</summary>
    public const Cadence Default = Cadence.Monthly;

    /// <summary>The days between two expected check-ins.</summary>
    public static int Days(Cadence? cadence) => (cadence ?? Default) switch
    {
        Cadence.Weekly => 7,
        Cadence.Biweekly => 14,
        Cadence.Monthly => 30,
        Cadence.Quarterly => 91,
        _ => 30,
    };
}
