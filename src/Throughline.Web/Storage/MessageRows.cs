using Microsoft.EntityFrameworkCore;

namespace Throughline.Web.Storage;

/// <summary>
/// A message of an organization: a strategic message linked to goals and cascaded as talking points, or an
/// operational update delivered as written (docs/messages.md).
/// </summary>
public sealed class MessageRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }

    /// <summary>The message's number in its organization (1, 2, …): its id in URLs.</summary>
    public int Number { get; set; }

    /// <summary>strategic or operational.</summary>
    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Why it matters: the reason behind the message. For an operational update, its text.</summary>
    public string Why { get; set; } = "";

    /// <summary>What changes for the organization; empty for an operational update.</summary>
    public string WhatChanges { get; set; } = "";

    /// <summary>The goal ids the message is linked to, separated by spaces.</summary>
    public string Goals { get; set; } = "";

    /// <summary>The unit an operational update goes to (with the units below it); null for a strategic message.</summary>
    public string? Unit { get; set; }

    public string AuthorUserId { get; set; } = "";
    public string Author { get; set; } = "";
    public string? AuthorPerson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The talking points of one department at one management level; their text lives in versions.</summary>
public sealed class TalkingPointsRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public long MessageId { get; set; }

    /// <summary>The id of the department's unit.</summary>
    public string Department { get; set; } = "";

    /// <summary>executive, manager or frontline.</summary>
    public string Level { get; set; } = "";

    public int CurrentVersion { get; set; }

    /// <summary>The version released last, or null while nothing has been released.</summary>
    public int? ReleasedVersion { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }
    public string? ReleasedBy { get; set; }
}

/// <summary>One version of talking points: the text and the concrete examples (plan items) they name.</summary>
public sealed class TalkingPointsVersionRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public long TalkingPointsId { get; set; }
    public int Version { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The ids of the plan items given as examples, separated by spaces.</summary>
    public string Examples { get; set; } = "";

    public string EditedBy { get; set; } = "";
    public DateTimeOffset EditedAt { get; set; }
}

/// <summary>A message delivered to one person of the plan, with the version of the talking points they received.</summary>
public sealed class DeliveryRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public long MessageId { get; set; }

    /// <summary>The talking points delivered; null for an operational update.</summary>
    public long? TalkingPointsId { get; set; }

    public int Version { get; set; }
    public string PersonId { get; set; } = "";
    public DateTimeOffset DeliveredAt { get; set; }
}

/// <summary>A recipient's acknowledgement: the message restated in their own words and the work of theirs it touches.</summary>
public sealed class AcknowledgementRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public long DeliveryId { get; set; }
    public string Restatement { get; set; } = "";

    /// <summary>The ids of items the recipient owns that the message touches, separated by spaces.</summary>
    public string Work { get; set; } = "";

    public string UserId { get; set; } = "";
    public DateTimeOffset AcknowledgedAt { get; set; }
}

/// <summary>A manager's review of a restatement; the latest review of an acknowledgement is the one that counts.</summary>
public sealed class ReviewRow
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public long AcknowledgementId { get; set; }

    /// <summary>understood or needs-clarification.</summary>
    public string Status { get; set; } = "";

    /// <summary>The manager's answer to the recipient, if any.</summary>
    public string? Answer { get; set; }

    public string Reviewer { get; set; } = "";
    public DateTimeOffset ReviewedAt { get; set; }
}

internal static class MessageModel
{
    /// <summary>The tables of messages; every row names its organization and goes with it.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        var message = modelBuilder.Entity<MessageRow>();
        message.ToTable("Messages");
        message.HasIndex(m => new { m.OrganizationId, m.Number }).IsUnique();
        message.Property(m => m.Kind).HasMaxLength(16);
        message.HasOne<OrganizationRow>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);

        var points = modelBuilder.Entity<TalkingPointsRow>();
        points.ToTable("TalkingPoints");
        points.HasIndex(p => new { p.MessageId, p.Department, p.Level }).IsUnique();
        points.Property(p => p.Level).HasMaxLength(16);
        points.Property(p => p.CurrentVersion).IsConcurrencyToken();
        points.Property(p => p.ReleasedVersion).IsConcurrencyToken();
        points.HasOne<MessageRow>().WithMany().HasForeignKey(p => p.MessageId).OnDelete(DeleteBehavior.Cascade);

        var version = modelBuilder.Entity<TalkingPointsVersionRow>();
        version.ToTable("TalkingPointsVersions");
        version.HasIndex(v => new { v.TalkingPointsId, v.Version }).IsUnique();
        version.HasOne<TalkingPointsRow>().WithMany().HasForeignKey(v => v.TalkingPointsId).OnDelete(DeleteBehavior.Cascade);

        var delivery = modelBuilder.Entity<DeliveryRow>();
        delivery.ToTable("Deliveries");
        delivery.HasIndex(d => new { d.OrganizationId, d.PersonId });
        delivery.HasIndex(d => d.MessageId);
        delivery.HasOne<MessageRow>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);

        var acknowledgement = modelBuilder.Entity<AcknowledgementRow>();
        acknowledgement.ToTable("Acknowledgements");
        acknowledgement.HasIndex(a => a.DeliveryId).IsUnique();
        acknowledgement.HasOne<DeliveryRow>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);

        var review = modelBuilder.Entity<ReviewRow>();
        review.ToTable("Reviews");
        review.HasIndex(r => r.AcknowledgementId);
        review.Property(r => r.Status).HasMaxLength(24);
        review.HasOne<AcknowledgementRow>().WithMany().HasForeignKey(r => r.AcknowledgementId).OnDelete(DeleteBehavior.Cascade);
    }
}
