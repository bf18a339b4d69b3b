using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Throughline.Cli.Remote;

/// <summary>What the server answered: its status and body.</summary>
internal sealed record RemoteResponse(HttpStatusCode Status, string Body, TimeSpan? RetryAfter)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;

    /// <summary>The <c>title</c> and <c>detail</c> of a problem response, when the body is one.</summary>
    public (string? Title, string? Detail) Problem()
    {
        try
        {
            using var json = JsonDocument.Parse(Body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            return (Text(json.RootElement, "title"), Text(json.RootElement, "detail"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>
/// Talks to a Throughline server with a personal access token, and turns what goes wrong (no server, a refused
/// token, a missing organization) into one line that says what to do.
/// </summary>
internal sealed class RemoteClient(ServerTarget target) : IDisposable
{
    /// <summary>A whole-plan import of a large organization takes a while; a stuck connection still ends.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(10) })
    {
        Timeout = Timeout,
        DefaultRequestHeaders =
        {
            Authorization = new AuthenticationHeaderValue("Bearer", target.Token),
            UserAgent = { new ProductInfoHeaderValue("throughline-cli", CliVersion.Text) },
        },
    };

    public ServerTarget Target => target;

    /// <summary>Sends the request; null (with the reason printed) when the server could not be reached or did not answer.</summary>
    public async Task<RemoteResponse?> SendAsync(HttpMethod method, Uri url, HttpContent? content, CliContext context, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/yaml"));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new RemoteResponse(response.StatusCode, body, response.Headers.RetryAfter?.Delta);
        }
        catch (HttpRequestException e)
        {
            context.Error.Error($"cannot reach {target.Server}: {Reason(e)}. Is the server running (throughline serve), and is the URL right?");
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            context.Error.Error($"{target.Server} did not answer within {Timeout.TotalMinutes:0} minutes; nothing is known about the outcome. Check the server's log.");
            return null;
        }
    }

    /// <summary>Prints why the server refused a request, in words that say what to do about it.</summary>
    public void Explain(RemoteResponse response, CliContext context, string doing)
    {
        var (title, detail) = response.Problem();
        var said = string.Join(" ", new[] { title, detail }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var message = response.Status switch
        {
            HttpStatusCode.Unauthorized =>
                $"{target.Server} did not accept the access token: it is mistyped, expired or revoked. Create a new one (docs/api.md).",
            HttpStatusCode.Forbidden => $"not allowed to {doing}: {Or(detail ?? title ?? "", "the token or your role does not permit it")}",
            HttpStatusCode.NotFound =>
                $"there is no organization '{target.Organization}' on {target.Server} that you are a member of; check --org, or ask an owner to add you.",
            HttpStatusCode.RequestEntityTooLarge => $"the server refused the request as too large: {Or(said, "raise Limits:PlanBytes on the server (docs/configuration.md)")}",
            HttpStatusCode.TooManyRequests =>
                $"the server is rate limiting this client; try again in {(response.RetryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} seconds.",
            >= HttpStatusCode.InternalServerError =>
                $"the server failed to {doing} (HTTP {(int)response.Status}); nothing is known about the outcome. Check the server's log. {said}".TrimEnd(),
            _ => $"cannot {doing}: the server answered HTTP {(int)response.Status}. {said}".TrimEnd(),
        };
        context.Error.Error(message);
    }

    public void Dispose() => http.Dispose();

    private static string Or(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    private static string Reason(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the host name does not resolve",
        HttpRequestError.ConnectionError when e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } => "connection refused",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed (" + (e.InnerException?.Message ?? e.Message).TrimEnd('.') + ")",
        _ => (e.InnerException?.Message ?? e.Message).TrimEnd('.'),
    };
}
