using Throughline.Web.Hosting;

// Run on its own (dotnet run --project src/Throughline.Web); `throughline serve` starts the same host.
var app = ThroughlineServer.Build(new ServerOptions { Args = args });
return await ThroughlineServer.RunAsync(app, Console.Error);

/// <summary>Public so that tests can start the host with WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
