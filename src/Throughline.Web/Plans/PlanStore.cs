using Microsoft.EntityFrameworkCore;
using Throughline.Core.Model;
using Throughline.Web.Analysis;
using Throughline.Web.Storage;

namespace Throughline.Web.Plans;

/// <summary>Reads an organization's plan from its tables and replaces it as a whole.</summary>
public sealed class PlanStore(ThroughlineDb db, PlanCache cache, TimeProvider time)
{
    public async Task<Plan> LoadAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, cancellationToken);
        var rows = await PlanRows.LoadAsync(db, organizationId, cancellationToken);
        return rows.ToPlan(organization.Name);
    }

    /// <summary>
    /// Replaces the organization's plan in one transaction and returns what changed; with
    /// <paramref name="dryRun"/> only says what would change and writes nothing.
    /// </summary>
    public async Task<PlanChanges> ImportAsync(Guid organizationId, Plan plan, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var stored = await PlanRows.LoadAsync(db, organizationId, cancellationToken);
        var incoming = PlanRows.FromPlan(organizationId, plan);
        var changes = PlanDiff.Apply(stored, incoming);
        if (dryRun)
        {
            return changes;
        }

        await PlanRows.DeleteAsync(db, organizationId, cancellationToken);
        incoming.AddTo(db);
        organization.UpdatedAt = time.GetUtcNow();
        organization.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The cache gets the plan as the database now holds it, so that its analysis is the one a restart would give.
        cache.Replace(organizationId, incoming.ToPlan(organization.Name));
        return changes;
    }
}
