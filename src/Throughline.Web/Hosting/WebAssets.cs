using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Throughline.Web.Hosting;

/// <summary>
/// The pages' styles, scripts and browser libraries, embedded in this assembly (see the project file) and
/// served under <c>/assets/</c>. Their URLs carry the build's version, so browsers may keep them for a year.
/// </summary>
public static class WebAssets
{
    public const string RequestPath = "/assets";

    private static readonly string Version = typeof(WebAssets).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>The URL of an asset by its file name, for example <c>site.css</c>.</summary>
    public static string Url(string name) => $"{RequestPath}/{name}?v={Version}";

    /// <summary>
    /// The text of an embedded asset by its file name, for documents that inline a library instead of linking
    /// it, such as the review packet (ADR 0016).
    /// </summary>
    public static string ReadText(string name)
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream($"Throughline.Web.Assets.{name}")
            ?? throw new ArgumentException($"No embedded asset '{name}'.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Apache ECharts, read once: every review packet inlines it.</summary>
    public static string ECharts => EChartsScript.Value;

    private static readonly Lazy<string> EChartsScript = new(() => ReadText("echarts.min.js"));

    public static IApplicationBuilder UseWebAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebAssets).Assembly, "Throughline.Web.Assets"),
            RequestPath = RequestPath,
            OnPrepareResponse = context =>
            {
                var versioned = context.Context.Request.Query.ContainsKey("v");
                context.Context.Response.Headers[HeaderNames.CacheControl] = versioned ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
}
