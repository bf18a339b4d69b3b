using System.Diagnostics;

namespace Throughline.Cli.Output;

/// <summary>
/// Prints the review packet to PDF with a headless Chromium, which lays out the page rules, runs the chart
/// script and keeps the charts as vectors. Chromium is found at <c>THROUGHLINE_CHROMIUM</c> or where Debian and
/// Ubuntu install it; nothing is downloaded (ADR 0016).
/// </summary>
internal static class PacketPdf
{
    public const string Variable = "THROUGHLINE_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static bool Print(CliContext context, string html, string output)
    {
        var chromium = Find(context);
        if (chromium is null)
        {
            context.Error.Error("--format pdf needs Chromium to print the packet, and none was found; install it " +
                $"(Debian or Ubuntu: sudo apt-get install chromium) or set {Variable} to its path. " +
                "Or write --format packet and print it from any browser.");
            return false;
        }

        var target = context.Resolve(output);
        var folder = Directory.CreateTempSubdirectory("throughline-packet-");
        try
        {
            var page = Path.Combine(folder.FullName, "packet.html");
            File.WriteAllText(page, html);
            File.Delete(target);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(folder.FullName, page, target))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                context.Error.Error($"Chromium did not print the packet within {Timeout.TotalSeconds:0} seconds.");
                return false;
            }

            if (process.ExitCode != 0 || !File.Exists(target))
            {
                context.Error.Error($"Chromium ({chromium}) could not print the packet to '{output}' (exit code {process.ExitCode}): {errors.Result.Trim()}");
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            context.Error.Error($"cannot print the packet to '{output}': {e.Message.TrimEnd('.')}");
            return false;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? Find(CliContext context) =>
        context.Variable(Variable) is { Length: > 0 } configured
            ? File.Exists(configured) ? configured : null
            : Candidates.FirstOrDefault(File.Exists);

    private static IEnumerable<string> Arguments(string profile, string page, string target)
    {
        yield return "--headless";
        yield return "--disable-gpu";
        yield return "--no-first-run";
        yield return "--no-pdf-header-footer";
        yield return "--run-all-compositor-stages-before-draw";
        yield return "--virtual-time-budget=10000";
        yield return $"--user-data-dir={Path.Combine(profile, "profile")}";

        // Chromium refuses to start as root with its sandbox on (in containers and CI).
        if (OperatingSystem.IsLinux() && Environment.UserName == "root")
        {
            yield return "--no-sandbox";
        }

        yield return $"--print-to-pdf={target}";
        yield return new Uri(page).AbsoluteUri;
    }
}
