using Microsoft.Extensions.Configuration;
using Throughline.Web.Notifications;

namespace Throughline.Web.Tests.Notifications;

/// <summary>Links in e-mails: absolute under <c>Smtp:PublicUrl</c>, paths without it, and a bad address refused on start.</summary>
public sealed class SmtpOptionsTests
{
    [Theory]
    [InlineData(null, "/o/calder/messages/1")]
    [InlineData("https://throughline.example", "https://throughline.example/o/calder/messages/1")]
    [InlineData("https://throughline.example/", "https://throughline.example/o/calder/messages/1")]
    [InlineData("http://intranet:8080/strategy/", "http://intranet:8080/strategy/o/calder/messages/1")]
    public void LinksStartWithThePublicUrl(string? publicUrl, string expected) =>
        Assert.Equal(expected, Read(publicUrl).Link("/o/calder/messages/1"));

    [Theory]
    [InlineData("throughline.example")]
    [InlineData("ftp://throughline.example")]
    [InlineData("https://throughline.example/?from=mail")]
    public void AnAddressThatIsNotAPageAddressIsRefused(string publicUrl)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(publicUrl));
        Assert.Contains("Smtp:PublicUrl must be the http or https address people open Throughline at", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{publicUrl}'", error.Message, StringComparison.Ordinal);
    }

    private static SmtpOptions Read(string? publicUrl) =>
        SmtpOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "mail.example",
            ["Smtp:From"] = "throughline@example.com",
            ["Smtp:PublicUrl"] = publicUrl,
        }).Build());
}
