using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Benchmarks;

/// <summary>A generated, realistic background-mode event stream and the bodies a poll sees.</summary>
internal static class StreamData
{
    public const string ResponseId = "resp_01466b9ec36d1ae70069845b099c74819685e67ac5309dd138";
    private const string MessageId = "msg_01466b9ec36d1ae70069845b0da868819683114fea8b708d7c";
    private const string ReasoningId = "rs_01466b9ec36d1ae70069845b0c1f2c819684a7f1e0d3e1c2b0";

    // Short English tokens as the model emits them: a leading space, occasional punctuation and newlines.
    private static readonly string[] Tokens =
    [
        " the", " little", " star", " named", " Luma", ",", " and", " she", " floated", " over", " a", " quiet",
        " forest", ".", "\n\n", " Once", " upon", " time", " “", "Hello", "”", " said", " softly", "’s", " bright",
        " path", " through", " trees", "!", " owl", " Ollie", " blinked", " his", " big", " eyes", " happily", " —",
    ];

    private static readonly Lazy<byte[]> LazyStream = new(() => BuildStream(textDeltas: 19_000, reasoningDeltas: 980));

    /// <summary>Gets the whole <c>text/event-stream</c> body (about 20,000 events).</summary>
    public static byte[] Stream => LazyStream.Value;

    /// <summary>Gets the number of events in <see cref="Stream"/>.</summary>
    public static int EventCount { get; private set; }

    /// <summary>Gets a completed response as <c>GET /responses/{id}</c> returns it (a short answer).</summary>
    public static byte[] CompletedPollBody { get; } = Encoding.UTF8.GetBytes(ResponseJson("completed", Reasoning("Planning a short story."), Message("Of course! Here’s a gentle bedtime story about a little star named Luma who helps an owl find his way home."), 342));

    /// <summary>Gets an in-progress response as a poll sees it.</summary>
    public static byte[] InProgressPollBody { get; } = Encoding.UTF8.GetBytes(ResponseJson("in_progress", null, null, 0));

    /// <summary>Builds the event stream with the given numbers of deltas.</summary>
    public static byte[] BuildStream(int textDeltas, int reasoningDeltas)
    {
        var sb = new StringBuilder(textDeltas * 260);
        var seq = 0;
        var random = new Random(42);
        var summary = new StringBuilder();
        var text = new StringBuilder();

        void Emit(string type, string json)
        {
            sb.Append("event: ").Append(type).Append('\n').Append("data: ").Append(json).Append("\n\n");
            seq++;
        }

        string Obfuscation(int length)
        {
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            Span<char> chars = stackalloc char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            return new string(chars);
        }

        Emit("response.created", $$"""{"type":"response.created","response":{{ResponseJson("queued", null, null, 0)}},"sequence_number":{{seq}}}""");
        Emit("response.queued", $$"""{"type":"response.queued","response":{{ResponseJson("queued", null, null, 0)}},"sequence_number":{{seq}}}""");
        Emit("response.in_progress", $$"""{"type":"response.in_progress","response":{{ResponseJson("in_progress", null, null, 0)}},"sequence_number":{{seq}}}""");

        Emit("response.output_item.added", $$"""{"type":"response.output_item.added","item":{"id":"{{ReasoningId}}","type":"reasoning","summary":[]},"output_index":0,"sequence_number":{{seq}}}""");
        Emit("response.reasoning_summary_part.added", $$"""{"type":"response.reasoning_summary_part.added","item_id":"{{ReasoningId}}","output_index":0,"summary_index":0,"part":{"type":"summary_text","text":""},"sequence_number":{{seq}}}""");
        for (var i = 0; i < reasoningDeltas; i++)
        {
            var token = Tokens[random.Next(Tokens.Length)];
            summary.Append(token);
            Emit("response.reasoning_summary_text.delta", $$"""{"type":"response.reasoning_summary_text.delta","item_id":"{{ReasoningId}}","output_index":0,"summary_index":0,"delta":{{Q(token)}},"obfuscation":"{{Obfuscation(16 - Math.Min(token.Length, 15))}}","sequence_number":{{seq}}}""");
        }

        Emit("response.reasoning_summary_text.done", $$"""{"type":"response.reasoning_summary_text.done","item_id":"{{ReasoningId}}","output_index":0,"summary_index":0,"text":{{Q(summary.ToString())}},"sequence_number":{{seq}}}""");
        Emit("response.reasoning_summary_part.done", $$"""{"type":"response.reasoning_summary_part.done","item_id":"{{ReasoningId}}","output_index":0,"summary_index":0,"part":{"type":"summary_text","text":{{Q(summary.ToString())}}},"sequence_number":{{seq}}}""");
        Emit("response.output_item.done", $$"""{"type":"response.output_item.done","item":{{Reasoning(summary.ToString())}},"output_index":0,"sequence_number":{{seq}}}""");

        Emit("response.output_item.added", $$"""{"type":"response.output_item.added","item":{"id":"{{MessageId}}","content":[],"role":"assistant","status":"in_progress","type":"message"},"output_index":1,"sequence_number":{{seq}}}""");
        Emit("response.content_part.added", $$"""{"type":"response.content_part.added","item_id":"{{MessageId}}","content_index":0,"part":{"text":"","logprobs":[],"type":"output_text","annotations":[]},"output_index":1,"sequence_number":{{seq}}}""");
        for (var i = 0; i < textDeltas; i++)
        {
            var token = Tokens[random.Next(Tokens.Length)];
            text.Append(token);
            Emit("response.output_text.delta", $$"""{"type":"response.output_text.delta","content_index":0,"delta":{{Q(token)}},"item_id":"{{MessageId}}","logprobs":[],"obfuscation":"{{Obfuscation(16 - Math.Min(token.Length, 15))}}","output_index":1,"sequence_number":{{seq}}}""");
        }

        var fullText = text.ToString();
        Emit("response.output_text.done", $$"""{"type":"response.output_text.done","content_index":0,"item_id":"{{MessageId}}","logprobs":[],"output_index":1,"sequence_number":{{seq}},"text":{{Q(fullText)}}}""");
        Emit("response.content_part.done", $$"""{"type":"response.content_part.done","content_index":0,"item_id":"{{MessageId}}","output_index":1,"part":{"type":"output_text","annotations":[],"logprobs":[],"text":{{Q(fullText)}}},"sequence_number":{{seq}}}""");
        Emit("response.output_item.done", $$"""{"type":"response.output_item.done","item":{{Message(fullText)}},"output_index":1,"sequence_number":{{seq}}}""");
        Emit("response.completed", $$"""{"type":"response.completed","response":{{ResponseJson("completed", Reasoning(summary.ToString()), Message(fullText), textDeltas + reasoningDeltas)}},"sequence_number":{{seq}}}""");

        EventCount = seq;
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Q(string value) => JsonSerializer.Serialize(value, BenchJsonContext.Default.String);

    private static string Reasoning(string summary) =>
        $$"""{"id":"{{ReasoningId}}","type":"reasoning","summary":[{"type":"summary_text","text":{{Q(summary)}}}]}""";

    private static string Message(string text) =>
        $$"""{"id":"{{MessageId}}","type":"message","status":"completed","content":[{"type":"output_text","annotations":[],"logprobs":[],"text":{{Q(text)}}}],"role":"assistant"}""";

    private static string ResponseJson(string status, string? reasoning, string? message, int outputTokens)
    {
        var output = string.Join(",", new[] { reasoning, message }.Where(x => x is not null));
        var usage = status == "completed"
            ? $$"""{"input_tokens":13,"input_tokens_details":{"cached_tokens":0},"output_tokens":{{outputTokens}},"output_tokens_details":{"reasoning_tokens":{{outputTokens / 20}}},"total_tokens":{{outputTokens + 13}}}"""
            : "null";
        var completedAt = status == "completed" ? "1770281757" : "null";
        return $$"""{"id":"{{ResponseId}}","object":"response","created_at":1770281737,"status":"{{status}}","background":true,"billing":{"payer":"developer"},"completed_at":{{completedAt}},"error":null,"frequency_penalty":0.0,"incomplete_details":null,"instructions":null,"max_output_tokens":null,"max_tool_calls":null,"model":"o4-mini-2025-04-16","output":[{{output}}],"parallel_tool_calls":true,"presence_penalty":0.0,"previous_response_id":null,"prompt_cache_key":null,"prompt_cache_retention":null,"reasoning":{"effort":"medium","summary":"auto"},"safety_identifier":null,"service_tier":"default","store":true,"temperature":1.0,"text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_logprobs":0,"top_p":1.0,"truncation":"disabled","usage":{{usage}},"user":null,"metadata":{}""" + "}";
    }
}
