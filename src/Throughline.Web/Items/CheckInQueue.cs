using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Throughline.Core.Model;
using Throughline.Core.Plans;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Organizations;
using Throughline.Web.Problems;
using Throughline.Web.Storage;

namespace Throughline.Web.Items;

/// <summary>
/// New check-ins, committed in groups: each organization has one queue, and one loop takes every check-in that
/// has arrived, checks each as a single request would be checked, writes those it accepts in one transaction
/// with their audit entries, and only then updates the live analysis and answers each request. Under load a
/// transaction carries many check-ins instead of one; alone, a check-in is its own group and waits for nothing.
/// Nothing is acknowledged before its transaction has committed.
/// </summary>
public sealed class CheckInQueue(IServiceScopeFactory scopes, PlanCache cache, TimeProvider time) : IDisposable
{
    /// <summary>The most check-ins one transaction carries.</summary>
    public const int MaxGroup = 256;

    private readonly ConcurrentDictionary<Guid, Lazy<Channel<Pending>>> queues = new();

    private sealed record Pending(OrganizationAccess Access, string KeyResultId, CheckIn CheckIn, TaskCompletionSource<CheckInOutcome> Answer);

    /// <summary>Records a check-in and answers as the API does: 201 with the roll-up, or the problem.</summary>
    public async Task<IResult> AddAsync(OrganizationAccess access, string keyResultId, CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(checkIn);
        var outcome = await RecordAsync(access, keyResultId, checkIn);
        return outcome.Refusal ?? ItemJson.Json(outcome.Change!, StatusCodes.Status201Created, ItemJson.CheckInETag(checkIn),
            $"/api/organizations/{access.Slug}/key-results/{Uri.EscapeDataString(keyResultId)}/check-ins/{outcome.Index}");
    }

    /// <summary>Records a check-in and says what became of it, for callers that answer in their own way (the pages).</summary>
    public Task<CheckInOutcome> RecordAsync(OrganizationAccess access, string keyResultId, CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(access);
        var pending = new Pending(access, keyResultId, checkIn, new TaskCompletionSource<CheckInOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        var queue = queues.GetOrAdd(access.OrganizationId, id => new Lazy<Channel<Pending>>(() => Start(id))).Value;
        return queue.Writer.TryWrite(pending)
            ? pending.Answer.Task
            : Task.FromResult(CheckInOutcome.Refused(TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "The server is stopping.", detail: "Nothing was recorded; check in again in a moment.")));
    }

    public void Dispose()
    {
        foreach (var queue in queues.Values)
        {
            queue.Value.Writer.TryComplete();
        }
    }

    private Channel<Pending> Start(Guid organizationId)
    {
        var channel = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
        _ = Task.Run(() => DrainAsync(organizationId, channel.Reader));
        return channel;
    }

    private async Task DrainAsync(Guid organizationId, ChannelReader<Pending> reader)
    {
        while (await reader.WaitToReadAsync())
        {
            var group = new List<Pending>();
            while (group.Count < MaxGroup && reader.TryRead(out var pending))
            {
                group.Add(pending);
            }

            try
            {
                await CommitAsync(organizationId, group);
            }
#pragma warning disable CA1031 // A failed group must fail its requests (as a 500 each), never stop the loop that serves the next ones.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var pending in group)
                {
                    pending.Answer.TrySetException(e);
                }
            }
        }
    }

    private async Task CommitAsync(Guid organizationId, List<Pending> group)
    {
        var state = await cache.GetAsync(organizationId);
        await state.Writes.WaitAsync();
        try
        {
            var view = state.Read(null, v => v);
            var accepted = new List<(Pending Pending, KeyResult KeyResult)>(group.Count);
            foreach (var pending in group)
            {
                if (CheckInWriter.Refusal(pending.Access, view, pending.KeyResultId, pending.CheckIn, out var keyResult) is { } problem)
                {
                    pending.Answer.TrySetResult(CheckInOutcome.Refused(problem));
                }
                else
                {
                    accepted.Add((pending, keyResult!));
                }
            }

            if (accepted.Count == 0)
            {
                return;
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
                var next = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (pending, _) in accepted)
                {
                    if (!next.ContainsKey(pending.KeyResultId))
                    {
                        next[pending.KeyResultId] = await ItemRows.NextOrdinalAsync(db, organizationId, PlanItemKind.CheckIn, pending.KeyResultId, CancellationToken.None);
                    }
                }

                await using var transaction = await db.Database.BeginTransactionAsync();
                foreach (var (pending, _) in accepted)
                {
                    ItemRows.AddCheckIn(db, organizationId, pending.KeyResultId, pending.CheckIn, next[pending.KeyResultId]++);
                    AuditLog.Add(db, pending.Access, time, "checked-in", ItemKind.CheckIn.RefKind, pending.KeyResultId, null, ItemJson.Text(PlanItemKind.CheckIn, pending.CheckIn));
                }

                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            // Committed: now the live analysis, in the order the check-ins arrived, and each its own answer.
            foreach (var (pending, keyResult) in accepted)
            {
                var index = keyResult.CheckIns.Count;
                var answer = state.CheckIn(pending.KeyResultId, pending.CheckIn, (result, view) => CheckInsApi.Describe(result, view, Permissions.Hidden(pending.Access, view)));
                answer["checkIn"] = CheckInsApi.Entry(pending.CheckIn, index);
                pending.Answer.TrySetResult(new CheckInOutcome(null, index, answer));
            }
        }
        finally
        {
            state.Writes.Release();
        }
    }
}

/// <summary>
/// What became of a new check-in: refused, with the problem to answer with; or recorded as check-in
/// <see cref="Index"/> of its key result, with what it changed (the API's answer: the key result's new progress
/// and status, every ancestor's, the findings added and removed).
/// </summary>
public sealed record CheckInOutcome(IResult? Refusal, int Index, JsonObject? Change)
{
    public static CheckInOutcome Refused(IResult problem) => new(problem, -1, null);
}
