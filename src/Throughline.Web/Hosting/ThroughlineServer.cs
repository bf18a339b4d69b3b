using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Throughline.Web.Accounts;
using Throughline.Web.Analysis;
using Throughline.Web.Audit;
using Throughline.Web.Health;
using Throughline.Web.Heart;
using Throughline.Web.Items;
using Throughline.Web.Messages;
using Throughline.Web.Notifications;
using Throughline.Web.Organizations;
using Throughline.Web.Plans;
using Throughline.Web.Problems;
using Throughline.Web.Storage;
using Throughline.Web.Wins;

namespace Throughline.Web.Hosting;

/// <summary>Builds and runs the web host; Program, the CLI (<c>serve</c>, <c>demo</c>) and the tests all start it here.</summary>
public static class ThroughlineServer
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder([.. options.Args]);
        builder.Configuration.AddInMemoryCollection(options.Settings);
        var services = builder.Services;

        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);

        // Read when first needed, not now: a test host adds its own settings after this method returns.
        services.AddSingleton(provider => StorageOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => ServerLimits.From(provider.GetRequiredService<IConfiguration>()));
        services.AddScoped(provider => provider.GetRequiredService<StorageOptions>().CreateContext());
        services.AddHostedService<MigrationGuard>();
        services.AddSingleton<PlanCache>();
        services.AddSingleton<MembershipCache>();
        services.AddScoped<PlanStore>();
        services.AddSingleton<PendingImports>();
        services.AddScoped<MemberRoster>();
        services.AddScoped<ItemWriter>();
        services.AddScoped<CheckInWriter>();
        services.AddSingleton<CheckInQueue>();
        services.AddScoped<MessageBook>();
        services.AddScoped<PulseBook>();
        services.AddScoped<HeartBoard>();
        services.AddOptions<MessageOptions>().BindConfiguration(MessageOptions.Section)
            .Validate(o => o.UnacknowledgedDays >= 1 && o.UnderstoodShare is > 0 and <= 1, "Messages:UnacknowledgedDays must be 1 or more and Messages:UnderstoodShare above 0 and at most 1.")
            .ValidateOnStart();
        AddAccounts(services);
        AddScheduler(services);
        services.AddPlanUploads();
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Org");
                o.Conventions.AuthorizePage("/Index");
            })
            .AddApplicationPart(typeof(ThroughlineServer).Assembly);

        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Throughline API";
            document.Info.Description = "Strategy, execution and their analysis, per organization. Authenticate with 'Authorization: Bearer tl_…' (a personal access token) or a sign-in cookie; see docs/api.md and docs/permissions.md.";
            DescribeAuthentication(document);
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Pages answer an error status with a page that says what happened; the API keeps its problem details.
        app.UseWhen(context => !IsApi(context.Request), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWebAssets();

        // Routing after the status code pages, so that their re-executed request is routed to the status page.
        app.UseRouting();
        app.UsePlanUploads();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Use(RequireAntiforgeryForCookies);
        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Throughline API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealth();
        app.MapAccounts();
        app.MapOrganizations();
        app.MapMembers();
        app.MapPlans();
        app.MapItems();
        app.MapCheckIns();
        app.MapAnalysis();
        app.MapHome();
        app.MapAudit();
        app.MapMessages();
        app.MapNotifications();
        app.MapWins();
        app.MapHeart();
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Runs until stopped. An unmigrated database ends the run with exit code 2 and one line that says what
    /// to run, not a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (DatabaseNotMigratedException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return 2;
        }
    }

    private static void AddScheduler(IServiceCollection services)
    {
        services.AddSingleton(provider => SchedulerOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => SmtpOptions.Read(provider.GetRequiredService<IConfiguration>()));
        services.AddScoped<IOpenQuestions, RestatementQuestions>();
        services.AddSingleton<Scheduler>();
        services.AddHostedService<SchedulerService>();
    }

    private static void AddAccounts(IServiceCollection services)
    {
        services.AddIdentityCore<UserAccount>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<ThroughlineDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.Default;
                o.DefaultChallengeScheme = AuthSchemes.Default;
            })
            .AddPolicyScheme(AuthSchemes.Default, "Access token or sign-in cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AuthSchemes.Token
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AuthSchemes.Token, null)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "throughline.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                o.LoginPath = "/sign-in";
                o.AccessDeniedPath = "/status/403";

                // The API answers 401 and 403; a page sends the browser to the sign-in page and back.
                o.Events.OnRedirectToLogin = context => IsApi(context.Request)
                    ? Status(context.Response, StatusCodes.Status401Unauthorized)
                    : Redirect(context.Response, context.RedirectUri);
                o.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "throughline.antiforgery";
        });
        services.AddSingleton<AccessTokenCache>();

        // One name for the keys that protect sign-in cookies, whatever directory the server starts in.
        services.AddDataProtection().SetApplicationName("Throughline");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = "Too many attempts in the last minute from here; wait a minute and try again.",
                    },
                });
            };
            o.AddPolicy(AccountsApi.SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                "sign-in:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local"),
                _ => Window(context.RequestServices.GetRequiredService<ServerLimits>().SignInPerMinute)));
            o.AddPolicy(AccountsApi.TokenLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                "tokens:" + (context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "local"),
                _ => Window(context.RequestServices.GetRequiredService<ServerLimits>().TokensPerMinute)));
        });
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    // Both ways in, so that the reference page and generated clients know how to send a token.
    private static void DescribeAuthentication(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
        {
            [TokenScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "tl_…",
                Description = "A personal access token (POST /api/account/tokens, or the settings page), read or write scope.",
            },
            [CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "throughline.session",
                Description = "The sign-in cookie of POST /api/account/sign-in; changes also need the X-CSRF-TOKEN header (GET /api/account/antiforgery).",
            },
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenScheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] },
        ];
    }

    private const string TokenScheme = "token";
    private const string CookieScheme = "cookie";

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments("/health");

    private static Task Redirect(HttpResponse response, string uri)
    {
        response.Redirect(uri);
        return Task.CompletedTask;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    // A browser sends its cookie with any request, also one a foreign page makes it send: a write that
    // authenticates by cookie must carry the antiforgery token in a header. Tokens are not sent by browsers
    // on their own, so requests with one need none.
    private static async Task RequireAntiforgeryForCookies(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        if (!safe && context.User.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type != AuthSchemes.Token)
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Title = "The antiforgery token is missing or wrong.",
                        Detail = $"A signed-in browser must send the token of GET /api/account/antiforgery in the {AntiforgeryHeader} header with every change; scripts should use an access token instead.",
                    },
                });
                return;
            }
        }

        await next(context);
    }
}
