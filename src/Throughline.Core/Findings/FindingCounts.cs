using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Findings;

/// <summary>How many findings there are of each severity.</summary>
public readonly record struct FindingCounts(int Errors, int Warnings, int Infos)
{
    public int Total => Errors + Warnings + Infos;

    public static FindingCounts Of(IEnumerable<Finding> findings)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error:
                    errors++;
                    break;
                case Severity.Warning:
                    warnings++;
                    break;
                default:
                    infos++;
                    break;
            }
        }

        return new FindingCounts(errors, warnings, infos);
    }

    public static FindingCounts operator +(FindingCounts a, FindingCounts b) =>
        new(a.Errors + b.Errors, a.Warnings + b.Warnings, a.Infos + b.Infos);
}
