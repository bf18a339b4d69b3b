namespace Throughline.Web.Hosting;

/// <summary>Request limits (docs/configuration.md): <c>Limits:PlanBytes</c>, <c>Limits:SignInPerMinute</c>, <c>Limits:TokensPerMinute</c>.</summary>
public sealed record ServerLimits(long PlanBytes, int SignInPerMinute, int TokensPerMinute)
{
    public static ServerLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ServerLimits(
            configuration.GetValue<long?>("Limits:PlanBytes") ?? 256L * 1024 * 1024,
            configuration.GetValue<int?>("Limits:SignInPerMinute") ?? 10,
            configuration.GetValue<int?>("Limits:TokensPerMinute") ?? 30);
    }
}
