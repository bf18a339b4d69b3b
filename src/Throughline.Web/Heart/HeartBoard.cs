using Throughline.Core.Heart;
using Throughline.Core.Reports.Packet;
using Throughline.Web.Analysis;
using Throughline.Web.Messages;
using Throughline.Web.Organizations;
using Throughline.Web.Storage;

namespace Throughline.Web.Heart;

/// <summary>
/// The HEART index of an organization as of a date, from the live analysis, the round's pulse survey and the
/// message reviews, compared with the end of the previous round (docs/heart.md#the-server). The API and the
/// page both read it here.
/// </summary>
public sealed class HeartBoard(ThroughlineDb db, PlanCache cache, PulseBook pulse)
{
    public async Task<HeartResponse> ReadAsync(OrganizationAccess access, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var round = ReviewQuarter.Containing(asOf);
        var previousRound = ReviewQuarter.Containing(round.Start.AddDays(-1));
        var messages = await MessageData.LoadAsync(db, access.OrganizationId, null, cancellationToken);
        var survey = await pulse.GroupsAsync(access.OrganizationId, round, cancellationToken);
        var previousSurvey = await pulse.GroupsAsync(access.OrganizationId, previousRound, cancellationToken);
        var state = await cache.GetAsync(access.OrganizationId);
        var now = state.Read(asOf, view => HeartIndex.Compute(view.Result, Inputs(messages, survey, asOf)));
        var before = state.Read(previousRound.End, view => HeartIndex.Compute(view.Result, Inputs(messages, previousSurvey, previousRound.End)));
        return new HeartResponse(
            asOf, PulseRoundResponse.Of(round), PulseRoundResponse.Of(previousRound), HeartInputs.AnonymityThreshold,
            [.. now.Units.Select(unit => Describe(unit, before.Find(unit.UnitId)))]);
    }

    /// <summary>up, down or same by whole points (the page shows 0–100), new when there was no earlier value; null when unknown now.</summary>
    public static string? Trend(double? earlier, double? later) => (earlier, later) switch
    {
        (_, null) => null,
        (null, _) => "new",
        ({ } e, { } l) => Math.Round((l - e) * 100, MidpointRounding.AwayFromZero) switch
        {
            > 0 => "up",
            < 0 => "down",
            _ => "same",
        },
    };

    private static HeartInputs Inputs(MessageData messages, List<PulseSurveyGroup> survey, DateOnly date)
    {
        var (understood, acknowledged) = MessageComprehension.Shares(messages, EndOf(date));
        return new() { Comprehension = understood, Acknowledged = acknowledged, Survey = survey };
    }

    private static DateTimeOffset EndOf(DateOnly date) => new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(-1);

    private static HeartUnitResponse Describe(UnitHeart unit, UnitHeart? before)
    {
        var dimensions = unit.Dimensions.Select(value =>
        {
            var previous = before?[value.Dimension].Rolled;
            return new HeartDimensionResponse(
                value.Dimension, value.Own, value.Rolled, previous, Change(previous, value.Rolled), Trend(previous, value.Rolled),
                [.. value.Parts.Select(p => new HeartPartResponse(p.Name, p.Value, p.Detail))]);
        }).ToList();
        return new HeartUnitResponse(
            unit.UnitId, unit.UnitName, unit.ParentId, unit.Depth, unit.People, unit.Index, before?.Index, Change(before?.Index, unit.Index),
            Trend(before?.Index, unit.Index), dimensions);
    }

    private static double? Change(double? earlier, double? later) => earlier is { } e && later is { } l ? l - e : null;
}
