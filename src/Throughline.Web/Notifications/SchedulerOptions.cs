using MailKit.Security;

namespace Throughline.Web.Notifications;

/// <summary>The scheduler (docs/configuration.md): <c>Scheduler:Enabled</c> (true), <c>Scheduler:IntervalSeconds</c> (60).</summary>
public sealed record SchedulerOptions(bool Enabled, TimeSpan Interval)
{
    public static SchedulerOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var seconds = configuration.GetValue<int?>("Scheduler:IntervalSeconds") ?? 60;
        if (seconds < 1)
        {
            throw new InvalidOperationException($"Scheduler:IntervalSeconds must be at least 1, not {seconds}.");
        }

        return new SchedulerOptions(configuration.GetValue<bool?>("Scheduler:Enabled") ?? true, TimeSpan.FromSeconds(seconds));
    }
}

/// <summary>
/// The mail server deliveries are also sent through (docs/configuration.md). Without <c>Smtp:Host</c> there is no
/// e-mail, only the in-app notifications.
/// </summary>
public sealed record SmtpOptions(string? Host, int Port, string From, string? UserName, string? Password, SecureSocketOptions Security)
{
    /// <summary>An e-mail that failed this many times is given up.</summary>
    public const int MaxAttempts = 10;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public static SmtpOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var host = configuration["Smtp:Host"];
        var security = configuration["Smtp:Security"] switch
        {
            null or "" or "auto" => SecureSocketOptions.Auto,
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "tls" => SecureSocketOptions.SslOnConnect,
            var other => throw new InvalidOperationException($"Smtp:Security must be auto, none, starttls or tls, not '{other}'."),
        };
        var from = configuration["Smtp:From"];
        if (!string.IsNullOrWhiteSpace(host) && string.IsNullOrWhiteSpace(from))
        {
            throw new InvalidOperationException("Smtp:From must be set when Smtp:Host is: the address e-mails are sent from.");
        }

        return new SmtpOptions(
            host,
            configuration.GetValue<int?>("Smtp:Port") ?? 25,
            from ?? "",
            configuration["Smtp:UserName"],
            configuration["Smtp:Password"],
            security);
    }
}
