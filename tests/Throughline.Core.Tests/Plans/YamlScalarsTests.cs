using System.Globalization;
using Throughline.Core.Plans;

namespace Throughline.Core.Tests.Plans;

public class YamlScalarsTests
{
    [Theory]
    [InlineData("12", 12.0)]
    [InlineData("-3", -3.0)]
    [InlineData("240.5", 240.5)]
    [InlineData("+0.85", 0.85)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("0.1", 0.1)]
    [InlineData("1e3", 1000.0)]
    [InlineData("123456789012345678", 123456789012345678.0)]
    public void NumbersReadAsTheGeneralParserReadsThem(string text, double expected)
    {
        Assert.True(YamlScalars.TryParseNumber(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("1.2.3")]
    [InlineData("12 kg")]
    [InlineData("0x1A")]
    [InlineData("1e999")]
    [InlineData(".inf")]
    public void WhatIsNotANumberIsNotRead(string text) => Assert.False(YamlScalars.TryParseNumber(text, out _));

    [Fact]
    public void ShortDecimalsGiveTheBitsOfTheGeneralParser()
    {
        var random = new Random(31);
        for (var i = 0; i < 100_000; i++)
        {
            var digits = random.NextInt64(0, 1_000_000_000_000_000);
            var text = digits.ToString(CultureInfo.InvariantCulture);
            var point = random.Next(text.Length + 1);
            text = (random.Next(2) == 0 ? "-" : "") + text[..point] + "." + text[point..];
            var expected = double.Parse(text, CultureInfo.InvariantCulture);

            Assert.True(YamlScalars.TryParseNumber(text, out var value));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
        }
    }

    [Theory]
    [InlineData("2026-03-31", 2026, 3, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void DatesReadAsYearMonthDay(string text, int year, int month, int day)
    {
        Assert.True(YamlScalars.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-3-31")]
    [InlineData("31.03.2026")]
    [InlineData("0000-01-01")]
    public void DaysThatDoNotExistAreNotDates(string text) => Assert.False(YamlScalars.TryParseDate(text, out _));
}
