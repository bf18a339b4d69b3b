using Microsoft.EntityFrameworkCore;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Storage;

namespace Throughline.Web.Notifications;

/// <summary>What one tick did.</summary>
public sealed record TickResult(int Delivered, int Mailed, int MailFailed);

/// <summary>
/// One tick of the scheduler: delivers whatever is due in every organization as of the server's clock, then
/// sends the e-mails not sent yet. Every delivery is an insert under a unique key, so that however many ticks
/// run, at once or after a restart, in one process or several, each is delivered once (ADR 0020).
/// </summary>
public sealed class Scheduler(
    IServiceScopeFactory scopes, PlanCache plans, TimeProvider time, SmtpOptions smtp, ILogger<Scheduler> log)
{
    /// <summary>How long a process may take to send one e-mail before another one may try it again.</summary>
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);

    public async Task<TickResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var date = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThroughlineDb>();
        var questions = scope.ServiceProvider.GetRequiredService<IOpenQuestions>();
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Slug).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var organization in organizations)
        {
            try
            {
                delivered += await DeliverAsync(db, questions, organization, date, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One organization that fails (a plan that cannot load) must not keep the others waiting.
                log.LogError(e, "The scheduler could not deliver in {Organization}; the next tick tries again.", organization.Slug);
                db.ChangeTracker.Clear();
            }
        }

        var (mailed, failed) = smtp.Configured ? await MailAsync(db, cancellationToken) : (0, 0);
        return new TickResult(delivered, mailed, failed);
    }

    private async Task<int> DeliverAsync(ThroughlineDb db, IOpenQuestions questions, OrganizationRow organization, DateOnly date, CancellationToken cancellationToken)
    {
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == organization.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.Email, m.Role, m.PersonId })
            .ToListAsync(cancellationToken);
        var recipients = members
            .Select(m => OrganizationRoles.TryParse(m.Role, out var role) ? new Recipient(m.UserId, m.Email ?? "", role, m.PersonId) : null)
            .OfType<Recipient>()
            .ToList();
        if (recipients.Count == 0)
        {
            return 0;
        }

        var news = await MessageNews.LoadAsync(db, organization.Id, time.GetUtcNow(), cancellationToken);
        var open = await questions.ForAsync(organization.Id, cancellationToken);
        var state = await plans.GetAsync(organization.Id);
        var due = state.Read(date, view => DueDeliveries.For(organization, view, recipients, date, news, open));
        var periods = due.Select(d => d.Period).Distinct().ToList();

        // Only to skip the inserts that would fail anyway; the unique key is what guarantees one delivery.
        var known = (await db.ScheduledDeliveries.AsNoTracking()
                .Where(d => d.OrganizationId == organization.Id && periods.Contains(d.Period))
                .Select(d => new { d.Kind, d.Recipient, d.Subject, d.Period })
                .ToListAsync(cancellationToken))
            .Select(d => (d.Kind, d.Recipient, d.Subject, d.Period))
            .ToHashSet();
        var emails = recipients.ToDictionary(r => r.UserId, r => r.Email, StringComparer.Ordinal);
        var delivered = 0;
        foreach (var item in due)
        {
            if (known.Contains((item.Kind, item.Recipient, item.Subject, item.Period)))
            {
                continue;
            }

            if (await InsertAsync(db, organization.Id, item, smtp.Configured && emails[item.Recipient] is { Length: > 0 } email ? email : null, cancellationToken))
            {
                delivered++;
            }
        }

        if (delivered > 0)
        {
            log.LogInformation("The scheduler delivered {Count} notifications in {Organization}.", delivered, organization.Slug);
        }

        return delivered;
    }

    // The delivery and its notification are one SaveChanges, hence one transaction: both or neither.
    private async Task<bool> InsertAsync(ThroughlineDb db, Guid organizationId, DueDelivery item, string? emailTo, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var delivery = new ScheduledDeliveryRow
        {
            OrganizationId = organizationId,
            Kind = item.Kind,
            Recipient = item.Recipient,
            Subject = item.Subject,
            Period = item.Period,
            CreatedAt = now,
            EmailTo = emailTo,
        };
        db.Notifications.Add(new NotificationRow
        {
            OrganizationId = organizationId,
            UserId = item.Recipient,
            Delivery = delivery,
            Kind = item.Kind,
            Title = item.Title,
            Body = item.Body,
            Link = item.Link,
            CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var taken = await db.ScheduledDeliveries.AnyAsync(
                d => d.OrganizationId == organizationId && d.Kind == item.Kind && d.Recipient == item.Recipient && d.Subject == item.Subject && d.Period == item.Period,
                cancellationToken);
            if (taken)
            {
                // Another tick or process delivered it first.
                return false;
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<(int Mailed, int Failed)> MailAsync(ThroughlineDb db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var pending = await db.ScheduledDeliveries.AsNoTracking()
            .Where(d => d.EmailTo != null && d.EmailSentAt == null && d.EmailAttempts < SmtpOptions.MaxAttempts
                && (d.EmailClaimedUntil == null || d.EmailClaimedUntil < now))
            .OrderBy(d => d.Id)
            .Take(200)
            .Join(db.Notifications, d => d.Id, n => n.DeliveryId, (d, n) => new { d.Id, d.EmailTo, n.Title, n.Body, n.Link })
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return (0, 0);
        }

        var mailer = new Mailer(smtp);
        var (mailed, failed) = (0, 0);
        MailKit.Net.Smtp.SmtpClient? client = null;
        try
        {
            foreach (var mail in pending)
            {
                var claimed = await db.ScheduledDeliveries
                    .Where(d => d.Id == mail.Id && d.EmailSentAt == null && (d.EmailClaimedUntil == null || d.EmailClaimedUntil < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.EmailClaimedUntil, now + (long)Claim.TotalMilliseconds), cancellationToken);
                if (claimed != 1)
                {
                    continue;
                }

                try
                {
                    client ??= await mailer.ConnectAsync(cancellationToken);
                    await mailer.SendAsync(client, mail.EmailTo!, mail.Title, mail.Body + (mail.Link is null ? "" : "\n\n" + smtp.Link(mail.Link)), cancellationToken);
                    var sentAt = time.GetUtcNow();
                    await db.ScheduledDeliveries.Where(d => d.Id == mail.Id).ExecuteUpdateAsync(
                        s => s.SetProperty(d => d.EmailSentAt, sentAt).SetProperty(d => d.EmailClaimedUntil, (long?)null).SetProperty(d => d.EmailAttempts, d => d.EmailAttempts + 1).SetProperty(d => d.EmailError, (string?)null),
                        cancellationToken);
                    mailed++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    var error = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                    await db.ScheduledDeliveries.Where(d => d.Id == mail.Id).ExecuteUpdateAsync(
                        s => s.SetProperty(d => d.EmailClaimedUntil, (long?)null).SetProperty(d => d.EmailAttempts, d => d.EmailAttempts + 1).SetProperty(d => d.EmailError, error),
                        CancellationToken.None);
                    log.LogWarning("An e-mail to {To} failed ({Error}); a later tick tries again.", mail.EmailTo, error);

                    // A connection that failed once is not reused: the next e-mail connects anew.
                    client?.Dispose();
                    client = null;
                }
            }
        }
        finally
        {
            if (client is { IsConnected: true })
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }

            client?.Dispose();
        }

        return (mailed, failed);
    }
}

/// <summary>Runs <see cref="Scheduler"/> every <c>Scheduler:IntervalSeconds</c>, first one interval after the start.</summary>
public sealed class SchedulerService(Scheduler scheduler, SchedulerOptions options, TimeProvider time, ILogger<SchedulerService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await scheduler.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "A scheduler tick failed; the next one tries again.");
            }
        }
    }
}
