using Microsoft.EntityFrameworkCore;

namespace Throughline.Web.Storage;

// The pulse survey: who took part in a round, and the answers as counts per unit (docs/heart.md, ADR 0021).
public abstract partial class ThroughlineDb
{
    public DbSet<PulseParticipationRow> PulseParticipations => Set<PulseParticipationRow>();
    public DbSet<PulseTallyRow> PulseTallies => Set<PulseTallyRow>();

    private static void Heart(ModelBuilder modelBuilder)
    {
        var participation = modelBuilder.Entity<PulseParticipationRow>();
        participation.ToTable("PulseParticipations").HasKey(p => new { p.OrganizationId, p.Round, p.UserId });
        participation.Property(p => p.Round).HasMaxLength(8);
        participation.HasOne<OrganizationRow>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        participation.HasOne<UserAccount>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        var tally = modelBuilder.Entity<PulseTallyRow>();
        tally.ToTable("PulseTallies").HasKey(t => new { t.OrganizationId, t.Round, t.Unit, t.Dimension, t.Score });
        tally.Property(t => t.Round).HasMaxLength(8);
        tally.Property(t => t.Unit).HasMaxLength(256);
        tally.Property(t => t.Dimension).HasMaxLength(16);
        tally.HasOne<OrganizationRow>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
