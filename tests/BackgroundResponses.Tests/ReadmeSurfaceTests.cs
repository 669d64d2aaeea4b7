using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests;

/// <summary>Keeps docs/client.md's "Includes, token counts and compaction" example compiled and working (a file of its own, so other sections merge freely).</summary>
public class ReadmeSurfaceTests : IDisposable
{
    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public void ReadmeSnippet_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "ReadmeSurfaceTests.cs");
        var readme = RepositoryFiles.ReadDocs("client.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-surface"), RepositoryFiles.MarkdownSnippet(readme, "readme-surface"));
    }

    [Fact]
    public async Task ReadmeSurfaceExample_Runs()
    {
        _api.Stub("POST", "/v1/responses/input_tokens", 200, """{"object":"response.input_tokens","input_tokens":11}""");
        _api.Stub("POST", "/v1/responses/compact", 200, """{"id":"resp_c","object":"response.compaction","created_at":1731459200,"output":[{"type":"compaction","id":"cmp_1","encrypted_content":"e"}],"usage":{"input_tokens":5,"output_tokens":1,"total_tokens":6}}""");
        _api.Stub("GET", "/v1/responses/resp_123", 200, """{"id":"resp_123","object":"response","created_at":1,"status":"completed","output":[]}""");
        _api.Stub("GET", "/v1/responses/resp_123/input_items", 200, """{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""");
        var client = _api.CreateClient();

        var next = await SurfaceExampleAsync(client, "resp_123", CancellationToken.None);

        Assert.Equal("cmp_1", Assert.Single(next).Id);
        Assert.Equal(4, _api.Requests.Count);
    }

    private static async Task<IList<ResponseItem>> SurfaceExampleAsync(ResponsesClient client, string responseId, CancellationToken cancellationToken)
    {
        // begin-snippet: readme-surface
        var include = new ResponseRetrieveOptions { Include = [ResponseIncludable.ReasoningEncryptedContent] };
        ModelResponse response = await client.RetrieveAsync(responseId, include, cancellationToken);

        var oldestFirst = new ResponseInputItemsOptions { Order = ResponseItemOrder.Ascending, PageSize = 100 };
        await foreach (ResponseItem item in client.GetInputItemsAsync(responseId, oldestFirst, cancellationToken))
        {
            Console.WriteLine(item.Type);
        }

        InputTokenCount count = await client.CountInputTokensAsync(
            new InputTokenCountRequest { Model = "gpt-5", Input = "Tell me a joke." }, cancellationToken);

        CompactedResponse compacted = await client.CompactAsync(
            new CompactResponseRequest { Model = "gpt-5.1-codex-max", PreviousResponseId = response.Id }, cancellationToken);
        IList<ResponseItem> nextInput = compacted.Output; // pass as the input of the next request
        // end-snippet
        Assert.Equal(11, count.InputTokens);
        return nextInput;
    }
}
