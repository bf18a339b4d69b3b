using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Throughline.Web.Organizations;

namespace Throughline.Web.Storage;

/// <summary>
/// The database of every organization. Abstract because each provider has its own migrations set, and EF
/// ties a migrations set to a context type: <see cref="SqliteThroughlineDb"/> and <see cref="PostgresThroughlineDb"/>.
/// </summary>
public abstract partial class ThroughlineDb(DbContextOptions options) : IdentityDbContext<UserAccount>(options)
{
    public DbSet<OrganizationRow> Organizations => Set<OrganizationRow>();
    public DbSet<PlanSettingsRow> PlanSettings => Set<PlanSettingsRow>();
    public DbSet<UnitRow> Units => Set<UnitRow>();
    public DbSet<UnitMemberRow> UnitMembers => Set<UnitMemberRow>();
    public DbSet<PersonRow> People => Set<PersonRow>();
    public DbSet<VisionRow> Visions => Set<VisionRow>();
    public DbSet<ValueRow> Values => Set<ValueRow>();
    public DbSet<SwotRow> SwotItems => Set<SwotRow>();
    public DbSet<GoalRow> Goals => Set<GoalRow>();
    public DbSet<GoalSwotRow> GoalSwotLinks => Set<GoalSwotRow>();
    public DbSet<ObjectiveRow> Objectives => Set<ObjectiveRow>();
    public DbSet<ContributionRow> Contributions => Set<ContributionRow>();
    public DbSet<KeyResultRow> KeyResults => Set<KeyResultRow>();
    public DbSet<CheckInRow> CheckIns => Set<CheckInRow>();
    public DbSet<InitiativeRow> Initiatives => Set<InitiativeRow>();
    public DbSet<InitiativeDependencyRow> InitiativeDependencies => Set<InitiativeDependencyRow>();
    public DbSet<InitiativeSupportRow> InitiativeSupports => Set<InitiativeSupportRow>();
    public DbSet<InitiativeScoreRow> InitiativeScores => Set<InitiativeScoreRow>();
    public DbSet<ActionRow> Actions => Set<ActionRow>();
    public DbSet<ActionSupportRow> ActionSupports => Set<ActionSupportRow>();
    public DbSet<CriterionRow> Criteria => Set<CriterionRow>();
    public DbSet<RuleSettingRow> RuleSettings => Set<RuleSettingRow>();
    public DbSet<RuleParameterRow> RuleParameters => Set<RuleParameterRow>();
    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();
    public DbSet<AccessTokenRow> AccessTokens => Set<AccessTokenRow>();
    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();
    public DbSet<MessageRow> Messages => Set<MessageRow>();
    public DbSet<TalkingPointsRow> TalkingPoints => Set<TalkingPointsRow>();
    public DbSet<TalkingPointsVersionRow> TalkingPointsVersions => Set<TalkingPointsVersionRow>();
    public DbSet<DeliveryRow> Deliveries => Set<DeliveryRow>();
    public DbSet<AcknowledgementRow> Acknowledgements => Set<AcknowledgementRow>();
    public DbSet<ReviewRow> Reviews => Set<ReviewRow>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        var modelBuilder = builder;
        Accounts(modelBuilder);
        MessageModel.Configure(modelBuilder);
        Cadences(modelBuilder);
        Heart(modelBuilder);

        var organization = modelBuilder.Entity<OrganizationRow>();
        organization.ToTable("Organizations");
        organization.HasIndex(o => o.Slug).IsUnique();
        organization.Property(o => o.Slug).HasMaxLength(OrganizationSlug.MaxLength);
        organization.Property(o => o.Version).IsConcurrencyToken();

        modelBuilder.Entity<PlanSettingsRow>().ToTable("PlanSettings").HasKey(r => r.OrganizationId);
        modelBuilder.Entity<VisionRow>().ToTable("Visions").HasKey(r => r.OrganizationId);
        modelBuilder.Entity<ValueRow>().ToTable("Values").HasKey(r => new { r.OrganizationId, r.Ordinal });
        Item<UnitRow>(modelBuilder, "Units");
        Item<PersonRow>(modelBuilder, "People");
        Item<SwotRow>(modelBuilder, "SwotItems");
        Item<GoalRow>(modelBuilder, "Goals");
        Item<ObjectiveRow>(modelBuilder, "Objectives");
        Item<KeyResultRow>(modelBuilder, "KeyResults");
        Item<InitiativeRow>(modelBuilder, "Initiatives");
        Item<ActionRow>(modelBuilder, "Actions");
        Item<CriterionRow>(modelBuilder, "DecisionCriteria");
        Item<RuleSettingRow>(modelBuilder, "RuleSettings");
        Child<ContributionRow>(modelBuilder, "Contributions");
        Child<CheckInRow>(modelBuilder, "CheckIns");
        Link<UnitMemberRow>(modelBuilder, "UnitMembers");
        Link<GoalSwotRow>(modelBuilder, "GoalSwotLinks");
        Link<InitiativeDependencyRow>(modelBuilder, "InitiativeDependencies");
        Link<InitiativeSupportRow>(modelBuilder, "InitiativeSupports");
        Link<ActionSupportRow>(modelBuilder, "ActionSupports");
        Owned<InitiativeScoreRow>(modelBuilder, "InitiativeScores").HasKey(r => new { r.OrganizationId, r.InitiativeId, r.Ordinal });
        Owned<RuleParameterRow>(modelBuilder, "RuleParameters").HasKey(r => new { r.OrganizationId, r.RuleId, r.Ordinal });
        foreach (var type in new[] { typeof(PlanSettingsRow), typeof(VisionRow), typeof(ValueRow) })
        {
            modelBuilder.Entity(type).HasOne(typeof(OrganizationRow)).WithMany().HasForeignKey(nameof(PlanRow.OrganizationId)).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity(type).Property(nameof(PlanRow.Version)).IsConcurrencyToken();
        }
    }

    private static void Accounts(ModelBuilder modelBuilder)
    {
        var membership = modelBuilder.Entity<MembershipRow>();
        membership.ToTable("Memberships").HasKey(m => new { m.OrganizationId, m.UserId });
        membership.HasIndex(m => m.UserId);
        membership.Property(m => m.Role).HasMaxLength(16);
        membership.HasOne<OrganizationRow>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne<UserAccount>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);

        var token = modelBuilder.Entity<AccessTokenRow>();
        token.ToTable("AccessTokens");
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasIndex(t => t.UserId);
        token.Property(t => t.Hash).HasMaxLength(64);
        token.Property(t => t.Scope).HasMaxLength(16);
        token.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);

        var audit = modelBuilder.Entity<AuditEntryRow>();
        audit.ToTable("AuditEntries");
        audit.HasIndex(a => new { a.OrganizationId, a.Id });
        audit.HasIndex(a => new { a.OrganizationId, a.Kind, a.ItemId, a.Id });
        audit.HasOne<OrganizationRow>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void Item<TRow>(ModelBuilder modelBuilder, string table)
        where TRow : ItemRow
    {
        var entity = Owned<TRow>(modelBuilder, table);
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Version).IsConcurrencyToken();
    }

    private static void Child<TRow>(ModelBuilder modelBuilder, string table)
        where TRow : ChildRow
    {
        var entity = Owned<TRow>(modelBuilder, table);
        entity.HasKey(r => new { r.OrganizationId, r.ParentId, r.Ordinal });
        entity.Property(r => r.Version).IsConcurrencyToken();
    }

    private static void Link<TRow>(ModelBuilder modelBuilder, string table)
        where TRow : LinkRow =>
        Owned<TRow>(modelBuilder, table).HasKey(r => new { r.OrganizationId, r.ParentId, r.Ordinal });

    // Every row names its organization, so deleting a tenant removes its whole plan and every query can filter by it.
    private static Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<TRow> Owned<TRow>(ModelBuilder modelBuilder, string table)
        where TRow : class
    {
        var entity = modelBuilder.Entity<TRow>();
        entity.ToTable(table);
        entity.HasOne<OrganizationRow>().WithMany().HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Cascade);
        return entity;
    }
}

/// <summary>The embedded default: one SQLite file. Its migrations are in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteThroughlineDb(DbContextOptions<SqliteThroughlineDb> options) : ThroughlineDb(options);

/// <summary>The production database. Its migrations are in Storage/Migrations/Postgres.</summary>
public sealed class PostgresThroughlineDb(DbContextOptions<PostgresThroughlineDb> options) : ThroughlineDb(options);
