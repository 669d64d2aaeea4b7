using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.ServerSentEvents;
using System.Text.Json;
using OpenAIResponses = OpenAI.Responses;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// The measured operations, shared by the BenchmarkDotNet classes and the quick mode so both time the same code.
/// Every way reads the same bytes from the same in-memory handler.
/// </summary>
internal sealed class Scenarios : IDisposable
{
    private static readonly Uri BaseAddress = new("http://bench.invalid/v1/");
    private readonly HttpClient _rawHttp;

    public Scenarios(InMemoryHandler? handler = null)
    {
        Handler = handler ?? new InMemoryHandler();
        _rawHttp = new HttpClient(Handler, disposeHandler: false) { BaseAddress = BaseAddress };
        Ours = new ResponsesClient(new HttpClient(Handler, disposeHandler: false), new ResponsesClientOptions { ApiKey = "sk-bench", BaseAddress = BaseAddress });
        Official = new OpenAIResponses.ResponsesClient(
            new ApiKeyCredential("sk-bench"),
            new OpenAIResponses.ResponsesClientOptions
            {
                Endpoint = BaseAddress,
                Transport = new HttpClientPipelineTransport(new HttpClient(Handler, disposeHandler: false)),
            });
    }

    public InMemoryHandler Handler { get; }

    public ResponsesClient Ours { get; }

    public OpenAIResponses.ResponsesClient Official { get; }

    /// <summary>(a) The SDK's <c>StreamAsync</c>: every event typed, resume bookkeeping included.</summary>
    public async Task<int> DecodeOursAsync()
    {
        var count = 0;
        await foreach (var item in Ours.StreamAsync(StreamData.ResponseId))
        {
            _ = item;
            count++;
        }

        return count;
    }

    /// <summary>(b) The official client's streaming retrieve, over the same handler.</summary>
    public async Task<int> DecodeOfficialAsync()
    {
        var count = 0;
        var result = await Official.GetResponseStreamingAsync(new OpenAIResponses.GetResponseOptions(StreamData.ResponseId) { StreamingEnabled = true }, default);
        await foreach (var update in result)
        {
            _ = update;
            count++;
        }

        return count;
    }

    /// <summary>(c) The floor: <see cref="SseParser"/> plus one <see cref="Utf8JsonReader"/> pass per event, materialising nothing.</summary>
    public async Task<int> DecodeFloorAsync()
    {
        using var response = await _rawHttp.GetAsync(new Uri($"responses/{StreamData.ResponseId}?stream=true", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsStreamAsync();
        var parser = SseParser.Create(body, static (_, data) =>
        {
            var reader = new Utf8JsonReader(data);
            var tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens;
        });
        var count = 0;
        await foreach (var item in parser.EnumerateAsync())
        {
            count += item.Data > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>One poll through the SDK.</summary>
    public Task<ModelResponse> PollOursAsync() => Ours.RetrieveAsync(StreamData.ResponseId);

    /// <summary>One poll by hand: a GET and the source-generated deserialisation of its body.</summary>
    public async Task<ModelResponse> PollRawAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"responses/{StreamData.ResponseId}", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", "sk-bench");
        using var response = await _rawHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(body, ResponsesJsonContext.Default.ModelResponse))!;
    }

    public void Dispose()
    {
        _rawHttp.Dispose();
        Handler.Dispose();
    }
}
