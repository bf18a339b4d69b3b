using Microsoft.AspNetCore.Identity;
using Throughline.Core.Plans;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Plans;
using Throughline.Web.Storage;

namespace Throughline.Web.Hosting;

/// <summary>A demo sign-in: one role of the organization, as one person of its plan.</summary>
public sealed record DemoAccount(string Email, string Role, string? Person);

/// <summary>What <see cref="DemoSeeder"/> made: the sign-ins, their shared password, and a write token of the owner.</summary>
public sealed record DemoSeed(IReadOnlyList<DemoAccount> Accounts, string Password, string OwnerToken);

/// <summary>Fills an empty database with the demo organization, for <c>throughline demo</c>.</summary>
public static class DemoSeeder
{
    /// <summary>Only for the throwaway demo database; it is printed on start.</summary>
    public const string Password = "Calder-demo-2026";

    /// <summary>One sign-in per role, each a person of the Calder plan (the viewer is not in the plan).</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("helen@calder.example", OrganizationRole.Owner.Name(), "helen"),
        new("sophie@calder.example", OrganizationRole.Admin.Name(), "sophie"),
        new("rajesh@calder.example", OrganizationRole.Leader.Name(), "rajesh"),
        new("lena@calder.example", OrganizationRole.Manager.Name(), "lena"),
        new("tariq@calder.example", OrganizationRole.Member.Name(), "tariq"),
        new("board@calder.example", OrganizationRole.Viewer.Name(), null),
    ];

    public static async Task<DemoSeed> SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var storage = scope.ServiceProvider.GetRequiredService<StorageOptions>();
        await DatabaseMigrations.MigrateAsync(storage, cancellationToken);

        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var organization = new OrganizationRow { Id = Guid.NewGuid(), Slug = DemoPlan.Slug, Name = DemoPlan.Name, CreatedAt = now, UpdatedAt = now };
        db.Organizations.Add(organization);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var token = "";
        var userIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in Accounts)
        {
            var user = new UserAccount { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.Person ?? "Board observer", CreatedAt = now };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("The demo account could not be made: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            if (account.Person is { } person)
            {
                userIds[person] = user.Id;
            }

            db.Memberships.Add(new MembershipRow { OrganizationId = organization.Id, UserId = user.Id, Role = account.Role, PersonId = account.Person, CreatedAt = now });
            if (account.Role == OrganizationRole.Owner.Name())
            {
                (var row, token) = AccessTokens.Issue(user.Id, "demo", "write", now);
                db.AccessTokens.Add(row);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var read = PlanReader.Read(DemoPlan.Text(), DemoPlan.FileName);
        if (!read.Succeeded)
        {
            throw new InvalidOperationException("The embedded demo plan does not read: " + string.Join("; ", read.Errors));
        }

        await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(organization.Id, read.Plan!, dryRun: false, actor: "demo", cancellationToken: cancellationToken);
        await DemoMessages.SeedAsync(scope.ServiceProvider, organization, userIds, cancellationToken);
        await DemoPulse.SeedAsync(db, organization.Id, AnalysisApi.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()), cancellationToken);
        return new DemoSeed(Accounts, Password, token);
    }
}
