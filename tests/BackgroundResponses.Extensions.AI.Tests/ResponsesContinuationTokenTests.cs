using System.Text;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class ResponsesContinuationTokenTests
{
    [Fact]
    public void ToBytes_IsTheJsonMicrosoftExtensionsAIOpenAIWrites()
    {
        Assert.Equal("""{"responseId":"resp_1","sequenceNumber":7}""", Encoding.UTF8.GetString(new ResponsesContinuationToken("resp_1", 7).ToBytes().Span));
        Assert.Equal("""{"responseId":"resp_1"}""", Encoding.UTF8.GetString(new ResponsesContinuationToken("resp_1").ToBytes().Span));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(336)]
    public void ATokenRebuiltFromItsBytes_ReadsBackTheSame(int? sequenceNumber)
    {
        var bytes = new ResponsesContinuationToken("resp_abc", sequenceNumber).ToBytes().ToArray();

        var read = ResponsesContinuationToken.FromToken(ResponseContinuationToken.FromBytes(bytes));

        Assert.Equal("resp_abc", read.ResponseId);
        Assert.Equal(sequenceNumber, read.SequenceNumber);
        Assert.Equal(bytes, read.ToBytes().ToArray());
    }

    [Fact]
    public void FromToken_ReadsTheBytesOfMicrosoftExtensionsAIOpenAIsTokens()
    {
        var theirs = ResponseContinuationToken.FromBytes(Encoding.UTF8.GetBytes("""{"sequenceNumber":3,"responseId":"resp_9c0e"}"""));

        var read = ResponsesContinuationToken.FromToken(theirs);

        Assert.Equal(("resp_9c0e", 3), (read.ResponseId, read.SequenceNumber));
    }

    [Fact]
    public void FromToken_ReturnsOurOwnTokenAsItIs()
    {
        var token = new ResponsesContinuationToken("resp_1", 2);

        Assert.Same(token, ResponsesContinuationToken.FromToken(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"sequenceNumber":3}""")]
    [InlineData("""{"responseId":""}""")]
    [InlineData("""{"responseId":"resp_1","extra":1}""")]
    [InlineData("""{"responseId":"resp_1","sequenceNumber":-1}""")]
    [InlineData("""{"responseId":"resp_1"} {}""")]
    public void FromToken_RejectsBytesThatAreNotATokenOfThisClient(string json)
    {
        var token = ResponseContinuationToken.FromBytes(Encoding.UTF8.GetBytes(json));

        Assert.Throws<ArgumentException>(() => ResponsesContinuationToken.FromToken(token));
    }

    [Fact]
    public void Constructor_RejectsAnEmptyIdAndANegativeSequenceNumber()
    {
        Assert.Throws<ArgumentException>(() => new ResponsesContinuationToken(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResponsesContinuationToken("resp_1", -1));
    }
}
