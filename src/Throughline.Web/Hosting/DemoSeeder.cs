using Throughline.Core.Plans;
using Throughline.Web.Plans;
using Throughline.Web.Storage;

namespace Throughline.Web.Hosting;

/// <summary>Fills an empty database with the demo organization, for <c>throughline demo</c>.</summary>
public static class DemoSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var storage = scope.ServiceProvider.GetRequiredService<StorageOptions>();
        await DatabaseMigrations.MigrateAsync(storage, cancellationToken);

        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var organization = new OrganizationRow { Id = Guid.NewGuid(), Slug = DemoPlan.Slug, Name = DemoPlan.Name, CreatedAt = now, UpdatedAt = now };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);

        var read = PlanReader.Read(DemoPlan.Text(), DemoPlan.FileName);
        if (!read.Succeeded)
        {
            throw new InvalidOperationException("The embedded demo plan does not read: " + string.Join("; ", read.Errors));
        }

        await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(organization.Id, read.Plan!, dryRun: false, cancellationToken);
    }
}
