using System.Text;

namespace BackgroundResponses.Tests.Models;

public class ResponseResumeTokenTests
{
    [Theory]
    [InlineData("resp_01466b9ec36d1ae70069845b099c74819685e67ac5309dd138", 41)]
    [InlineData("resp_1", 0)]
    [InlineData("resp_1", null)]
    public void ToStringAndParse_RoundTrip(string id, int? sequence)
    {
        var token = new ResponseResumeToken(id, sequence);

        var text = token.ToString();
        var parsed = ResponseResumeToken.Parse(text);

        Assert.Equal(token, parsed);
        Assert.StartsWith("brt1.", text, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9._-]+$", text);
        Assert.True(text.Length < 120, text);
    }

    [Fact]
    public void Parse_IgnoresFieldsItDoesNotKnow_AndAcceptsNewerVersions()
    {
        var json = """{"id":"resp_9","after":7,"region":"eu","future":{"x":1}}""";
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var token = ResponseResumeToken.Parse("brt2." + payload);

        Assert.Equal("resp_9", token.ResponseId);
        Assert.Equal(7, token.LastSequenceNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("resp_1")]
    [InlineData("brt1.")]
    [InlineData("brt1.!!!")]
    [InlineData("brtx.eyJpZCI6InJlc3BfMSJ9")]
    [InlineData("brt0.eyJpZCI6InJlc3BfMSJ9")]
    [InlineData("brt1.eyJhZnRlciI6MX0")]
    [InlineData("brt1.eyJpZCI6InJlc3AgMSJ9")]
    [InlineData("brt1.eyJpZCI6InJlc3BfMSIsImFmdGVyIjotNX0")]
    public void Garbage_IsRejected(string text)
    {
        Assert.False(ResponseResumeToken.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ResponseResumeToken.Parse(text));
    }

    [Fact]
    public void Constructor_ValidatesItsArguments()
    {
        Assert.Throws<ArgumentException>(() => new ResponseResumeToken("", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseResumeToken("resp_1", -1));
    }
}
