using Microsoft.AspNetCore.Http.Features;

namespace Throughline.Web.Hosting;

/// <summary>
/// Marks the endpoints that take a whole plan file — the API's import and the plan page's upload — so that
/// their request may be as large as <c>Limits:PlanBytes</c>; every other request keeps the server's default
/// limit (30 MB).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PlanUploadAttribute : Attribute;

public static class PlanUploads
{
    /// <summary>Room for a multipart form's boundaries and other fields around the file.</summary>
    private const long FormOverhead = 1 << 20;

    public static IServiceCollection AddPlanUploads(this IServiceCollection services) =>
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<FormOptions>>(provider =>
            new Microsoft.Extensions.Options.ConfigureOptions<FormOptions>(o =>
                o.MultipartBodyLengthLimit = provider.GetRequiredService<ServerLimits>().PlanBytes + FormOverhead));

    /// <summary>Raises the request's size limit on a plan upload endpoint; runs after routing, before anything reads the body.</summary>
    public static IApplicationBuilder UsePlanUploads(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<PlanUploadAttribute>() is not null
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = context.RequestServices.GetRequiredService<ServerLimits>().PlanBytes + FormOverhead;
            }

            return next(context);
        });
}
