using Microsoft.EntityFrameworkCore;
using Throughline.Core.Model;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

/// <summary>Reads an organization's plan from its tables and replaces it as a whole.</summary>
public sealed class PlanStore(ThroughlineDb db, PlanCache cache, TimeProvider time)
{
    public async Task<Plan> LoadAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        (await LoadWithVersionsAsync(organizationId, cancellationToken)).Plan;

    /// <summary>The plan and the version (ETag) of each of its items.</summary>
    public async Task<(Plan Plan, Dictionary<PlanItemRef, int> Versions)> LoadWithVersionsAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, cancellationToken);
        return await PlanRows.LoadAsync(db, organizationId, (rows, checkInsOf) => PlanAndVersions(rows, r => r.ToPlan(organization.Name, checkInsOf)), cancellationToken);
    }

    /// <summary>
    /// Replaces the organization's plan in one transaction and returns what changed; with
    /// <paramref name="dryRun"/> only says what would change and writes nothing.
    /// </summary>
    public async Task<PlanChanges> ImportAsync(Guid organizationId, Plan plan, bool dryRun = false, string actor = "", string? userId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (dryRun)
        {
            return (await WriteAsync(organizationId, (_, _) => plan, _ => false, (actor, userId), cancellationToken)).Changes;
        }

        return (await WriteLockedAsync(organizationId, (_, _) => plan, _ => true, (actor, userId), await cache.LoadedAsync(organizationId), cancellationToken)).Changes;
    }

    /// <summary>
    /// Imports a file as its mode says (a replace, or a merge into the plan as stored inside the transaction) and
    /// returns what changed with the plan that was, or with <paramref name="dryRun"/> would be, stored.
    /// </summary>
    public async Task<(PlanChanges Changes, Plan Plan)> ImportAsync(
        Guid organizationId, PlanFile file, bool dryRun, string actor, string? userId, CancellationToken cancellationToken = default)
    {
        var (changes, _, plan) = await ImportIfAsync(organizationId, file, _ => !dryRun, actor, userId, cancellationToken);
        return (changes, plan);
    }

    /// <summary>
    /// Imports the file only if it still changes what <paramref name="accept"/> accepts, judged under the
    /// organization's write lock: a file reviewed as a dry run is not applied over changes made since.
    /// </summary>
    public async Task<(PlanChanges Changes, bool Imported, Plan Plan)> ImportIfAsync(
        Guid organizationId, PlanFile file, Func<PlanChanges, bool> accept, string actor, string? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(accept);
        Plan? plan = null;
        var (changes, imported) = await WriteLockedAsync(
            organizationId, (rows, name) => plan = file.PlanFor(() => rows.ToPlan(name)), accept, (actor, userId), await cache.LoadedAsync(organizationId), cancellationToken);
        return (changes, imported, plan!);
    }

    /// <summary>
    /// Changes the plan as the database holds it and writes the difference as an import does, audit entry
    /// included. <paramref name="revise"/> gets the stored plan inside the transaction and returns the new one.
    /// </summary>
    public async Task<PlanChanges> ReviseAsync(Guid organizationId, Func<Plan, Plan> revise, string actor, string? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revise);
        var (changes, _) = await WriteLockedAsync(
            organizationId, (rows, name) => revise(rows.ToPlan(name)), _ => true, (actor, userId), await cache.LoadedAsync(organizationId), cancellationToken);
        return changes;
    }

    private async Task<(PlanChanges Changes, bool Imported)> WriteLockedAsync(
        Guid organizationId, Func<PlanRows, string, Plan> planOf, Func<PlanChanges, bool> accept, (string Name, string? Id) actor, OrganizationState? state, CancellationToken cancellationToken)
    {
        if (state is not null)
        {
            await state.Writes.WaitAsync(cancellationToken);
        }

        try
        {
            var (changes, written) = await WriteAsync(organizationId, planOf, accept, actor, cancellationToken);
            if (written is not { } stored)
            {
                return (changes, false);
            }

            // The cache gets the plan as the database now holds it, so that its analysis is the one a restart would give.
            if (state is not null)
            {
                var (now, versions) = PlanAndVersions(stored.Rows, rows => rows.ToPlan(stored.OrganizationName));
                state.ReplaceAll(now, versions);
            }
            else
            {
                // A read may have started loading the plan before the commit: let the next one load it afresh.
                cache.Forget(organizationId);
            }

            return (changes, true);
        }
        finally
        {
            state?.Writes.Release();
        }
    }

    /// <summary>
    /// The import's transaction: the stored rows, compared with the plan's, become the plan's when
    /// <paramref name="accept"/> accepts the changes; with the audit entry. Returns what changed and, when
    /// written, the rows now stored and the organization's name. The stored rows are dropped on return, before
    /// the new plan and its analysis are built.
    /// </summary>
    private async Task<(PlanChanges Changes, (PlanRows Rows, string OrganizationName)? Written)> WriteAsync(
        Guid organizationId, Func<PlanRows, string, Plan> planOf, Func<PlanChanges, bool> accept, (string Name, string? Id) actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var stored = await PlanRows.LoadAsync(db, organizationId, cancellationToken);
        var incoming = PlanRows.FromPlan(organizationId, planOf(stored, organization.Name));
        var changes = PlanDiff.Apply(stored, incoming);
        if (!accept(changes))
        {
            return (changes, null);
        }

        await incoming.ReplaceAsync(db, organizationId, stored, cancellationToken);
        organization.UpdatedAt = time.GetUtcNow();
        organization.Version++;
        db.AuditEntries.Add(new AuditEntryRow
        {
            OrganizationId = organizationId,
            At = organization.UpdatedAt,
            UserId = actor.Id,
            Actor = actor.Name,
            Action = "imported",
            Kind = "plan",
            ItemId = "plan",
            After = System.Text.Json.JsonSerializer.Serialize(changes, AuditJson.Options),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (changes, (incoming, organization.Name));
    }

    // Both only read the rows: the versions are counted while the plan is built.
    private static (Plan Plan, Dictionary<PlanItemRef, int> Versions) PlanAndVersions(PlanRows rows, Func<PlanRows, Plan> toPlan)
    {
        Plan? plan = null;
        Dictionary<PlanItemRef, int>? versions = null;
        Parallel.Invoke(() => plan = toPlan(rows), () => versions = PlanDiff.Versions(rows));
        return (plan!, versions!);
    }
}
