using Throughline.Core.Model;

namespace Throughline.Core.Capacity;

/// <summary>Which initiatives count for load and for concurrency, by status (docs/capacity.md).</summary>
internal static class InitiativeCounting
{
    /// <summary>
    /// Planned, active and done work takes people's time (a missing status counts as planned); a proposal is
    /// not decided yet and cancelled work will not happen.
    /// </summary>
    public static bool CarriesLoad(InitiativeStatus? status) =>
        status is null or InitiativeStatus.Planned or InitiativeStatus.Active or InitiativeStatus.Done;

    /// <summary>Only work still to do competes for a team's attention; done work is behind it.</summary>
    public static bool RunsConcurrently(InitiativeStatus? status) =>
        status is null or InitiativeStatus.Planned or InitiativeStatus.Active;
}
