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
public sealed record SmtpOptions(string? Host, int Port, string From, string? UserName, string? Password, SecureSocketOptions Security, Uri? PublicUrl = null)
{
    /// <summary>An e-mail that failed this many times is given up.</summary>
    public const int MaxAttempts = 10;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>A page's path as an e-mail gives it: under <see cref="PublicUrl"/> when it is set, else the path alone.</summary>
    public string Link(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return PublicUrl is null ? path : PublicUrl.GetLeftPart(UriPartial.Authority) + PublicUrl.AbsolutePath.TrimEnd('/') + path;
    }

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

        var publicUrl = configuration["Smtp:PublicUrl"];
        Uri? link = null;
        if (!string.IsNullOrWhiteSpace(publicUrl)
            && (!Uri.TryCreate(publicUrl, UriKind.Absolute, out link) || link.Scheme is not ("http" or "https") || link.Query.Length > 0 || link.Fragment.Length > 0))
        {
            throw new InvalidOperationException($"Smtp:PublicUrl must be the http or https address people open Throughline at, such as https://throughline.example.com, not '{publicUrl}'.");
        }

        return new SmtpOptions(
            host,
            configuration.GetValue<int?>("Smtp:Port") ?? 25,
            from ?? "",
            configuration["Smtp:UserName"],
            configuration["Smtp:Password"],
            security,
            link);
    }
}
