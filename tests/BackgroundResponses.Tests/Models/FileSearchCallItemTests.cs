namespace BackgroundResponses.Tests.Models;

public class FileSearchCallItemTests : ToolCallItemTestBase
{
    [Fact]
    public void WithResults_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<FileSearchCallItem>("""
            {"id":"fs_1","type":"file_search_call","status":"completed","queries":["refund policy"],
             "results":[{"file_id":"file-1","filename":"policy.pdf","score":0.92,"text":"Refunds within 30 days.",
                         "attributes":{"region":"eu","year":2024,"public":true}}]}
            """);

        Assert.Equal("fs_1", call.Id);
        Assert.Equal("completed", call.Status);
        Assert.Equal("refund policy", Assert.Single(call.Queries));
        var result = Assert.Single(call.Results!);
        Assert.Equal("file-1", result.FileId);
        Assert.Equal("policy.pdf", result.Filename);
        Assert.Equal(0.92, result.Score);
        Assert.Equal("Refunds within 30 days.", result.Text);
        Assert.Equal("eu", result.Attributes!["region"].GetString());
        Assert.Equal(2024, result.Attributes["year"].GetInt32());
        Assert.True(result.Attributes["public"].GetBoolean());
    }

    [Fact]
    public void NullResults_ReadAsNull()
    {
        var call = ReadRoundTrip<FileSearchCallItem>("""{"id":"fs_2","type":"file_search_call","status":"searching","queries":[],"results":null}""", "results");

        Assert.Null(call.Results);
        Assert.Empty(call.Queries);
    }
}
