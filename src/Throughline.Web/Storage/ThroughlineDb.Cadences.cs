using Microsoft.EntityFrameworkCore;

namespace Throughline.Web.Storage;

// The scheduler's deliveries, the in-app notifications and the kudos on wins (docs/cadences.md, ADR 0020).
public abstract partial class ThroughlineDb
{
    public DbSet<ScheduledDeliveryRow> ScheduledDeliveries => Set<ScheduledDeliveryRow>();
    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();
    public DbSet<KudosRow> Kudos => Set<KudosRow>();

    private static void Cadences(ModelBuilder modelBuilder)
    {
        var delivery = modelBuilder.Entity<ScheduledDeliveryRow>();
        delivery.ToTable("ScheduledDeliveries");
        delivery.HasIndex(d => new { d.OrganizationId, d.Kind, d.Recipient, d.Subject, d.Period }).IsUnique();
        delivery.HasIndex(d => d.EmailSentAt);
        delivery.Property(d => d.Kind).HasMaxLength(32);
        delivery.Property(d => d.Period).HasMaxLength(16);
        delivery.HasOne<OrganizationRow>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<UserAccount>().WithMany().HasForeignKey(d => d.Recipient).OnDelete(DeleteBehavior.Cascade);

        var notification = modelBuilder.Entity<NotificationRow>();
        notification.ToTable("Notifications");
        notification.HasIndex(n => new { n.OrganizationId, n.UserId, n.Id });
        notification.HasIndex(n => n.DeliveryId).IsUnique();
        notification.Property(n => n.Kind).HasMaxLength(32);
        notification.HasOne(n => n.Delivery).WithMany().HasForeignKey(n => n.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        notification.HasOne<OrganizationRow>().WithMany().HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Cascade);

        var kudos = modelBuilder.Entity<KudosRow>();
        kudos.ToTable("Kudos").HasKey(k => new { k.OrganizationId, k.WinId, k.UserId });
        kudos.Property(k => k.WinId).HasMaxLength(256);
        kudos.HasOne<OrganizationRow>().WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        kudos.HasOne<UserAccount>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
