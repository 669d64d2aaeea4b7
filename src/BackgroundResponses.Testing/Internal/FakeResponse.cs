using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Testing;

/// <summary>
/// One response on the fake server: its state and its event log. A generator task appends events independently of any
/// connection, as the real service does; readers copy what exists so far and wait for the next change.
/// </summary>
internal sealed class FakeResponse
{
    private const string ReasoningSummary =
        "**Planning the reply**\n\nThe user wants an answer that echoes their words, so I will quote them and then tell the otter story.";

    private readonly Lock _gate = new();
    private readonly List<byte[]> _frames = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _summary = new();
    private readonly StringBuilder _text = new();
    private readonly string _reasoningId = NewId("rs_");
    private readonly string _messageId = NewId("msg_");
    private readonly ResponseFault? _fault;
    private TaskCompletionSource _changed = NewSignal();
    private ResponseStatus _status;
    private DateTimeOffset? _completedAt;
    private ResponseError? _error;
    private ResponseIncompleteDetails? _incompleteDetails;
    private ResponseUsage? _usage;
    private bool _ended;
    private bool _reasoningAdded;
    private bool _summaryPartAdded;
    private bool _messageAdded;
    private bool _textPartAdded;
    private string _messageStatus = "in_progress";

    public FakeResponse(CreateResponseRequest request, bool background, bool stream, DateTimeOffset createdAt, ResponseFault? fault)
    {
        Request = request;
        Background = background;
        Stream = stream;
        CreatedAt = createdAt;
        _fault = fault;
        InputItems = BuildInputItems(request);
        _status = background ? ResponseStatus.Queued : ResponseStatus.InProgress;
    }

    public string Id { get; } = NewId("resp_");

    public CreateResponseRequest Request { get; }

    public bool Background { get; }

    public bool Stream { get; }

    public DateTimeOffset CreatedAt { get; }

    public IReadOnlyList<ResponseItem> InputItems { get; }

    public bool IsEnded
    {
        get
        {
            lock (_gate)
            {
                return _ended;
            }
        }
    }

    public static string NewId(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>Appends <c>response.created</c> (and <c>response.queued</c> for background) and starts generating.</summary>
    public void Start(FakeResponsesServerOptions options, TimeProvider timeProvider)
    {
        Emit(() => new ResponseCreatedEvent { Response = BuildResponse() });
        if (Background)
        {
            Emit(() => new ResponseQueuedEvent { Response = BuildResponse() });
        }

        _ = Task.Run(() => GenerateAsync(options, timeProvider, _stop.Token));
    }

    public ModelResponse Snapshot()
    {
        lock (_gate)
        {
            return BuildResponse();
        }
    }

    /// <summary>Copies the frames from <paramref name="from"/> on; when there are none, says whether more can come and what to wait on.</summary>
    public int Read(int from, List<byte[]> into, out bool ended, out Task changed)
    {
        lock (_gate)
        {
            for (var i = Math.Max(0, from); i < _frames.Count; i++)
            {
                into.Add(_frames[i]);
            }

            ended = _ended;
            changed = _changed.Task;
            return _frames.Count - Math.Max(0, from);
        }
    }

    /// <summary>Stops a pending response: status <c>cancelled</c>, partial output kept, no event (streams simply end).</summary>
    public ModelResponse Cancel()
    {
        lock (_gate)
        {
            if (!_ended)
            {
                _status = ResponseStatus.Cancelled;
                _usage = null;
                EndLocked();
            }

            return BuildResponse();
        }
    }

    /// <summary>Ends generation without changing the status, for delete and shutdown.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (!_ended)
            {
                EndLocked();
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static List<string> Chunks(string text, int length)
    {
        var chunks = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            // Keep surrogate pairs whole so every delta is valid UTF-16 on its own.
            var take = Math.Min(length, text.Length - start);
            if (start + take < text.Length && char.IsHighSurrogate(text[start + take - 1]))
            {
                take++;
            }

            chunks.Add(text.Substring(start, take));
            start += take;
        }

        return chunks;
    }

    private static List<ResponseItem> BuildInputItems(CreateResponseRequest request)
    {
        var items = new List<ResponseItem>();
        if (request.Input?.Text is { } text)
        {
            items.Add(new MessageItem { Id = NewId("msg_"), Role = MessageRole.User, Status = "completed", Content = { new InputTextPart { Text = text } } });
            return items;
        }

        foreach (var item in request.Input?.Items ?? [])
        {
            item.Id ??= NewId(item is MessageItem ? "msg_" : "item_");
            if (item is MessageItem { Status: null } message)
            {
                message.Status = "completed";
            }

            items.Add(item);
        }

        return items;
    }

    private async Task GenerateAsync(FakeResponsesServerOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        try
        {
            if (Background && options.QueuedDuration > TimeSpan.Zero)
            {
                await Task.Delay(options.QueuedDuration, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            if (!Emit(() => new ResponseInProgressEvent { Response = BuildResponse() }, () => _status = ResponseStatus.InProgress))
            {
                return;
            }

            var outputIndex = 0;
            var deltaLength = Math.Max(1, options.DeltaLength);
            var reasoningDeltas = 0;
            if (options.IncludeReasoning || Request.Reasoning?.Summary is not null)
            {
                var summaryChunks = Chunks(ReasoningSummary, deltaLength * 4);
                reasoningDeltas = summaryChunks.Count;
                if (!await StepAsync(() => new ResponseOutputItemAddedEvent { OutputIndex = 0, Item = BuildReasoning(done: false) }, () => _reasoningAdded = true).ConfigureAwait(false)
                    || !await StepAsync(() => new ResponseReasoningSummaryPartAddedEvent { ItemId = _reasoningId, OutputIndex = 0, Part = new ReasoningSummaryPart { Text = string.Empty } }, () => _summaryPartAdded = true).ConfigureAwait(false))
                {
                    return;
                }

                foreach (var chunk in summaryChunks)
                {
                    var delta = chunk;
                    if (!await StepAsync(() => new ResponseReasoningSummaryTextDeltaEvent { ItemId = _reasoningId, OutputIndex = 0, Delta = delta, Obfuscation = FakeJson.Obfuscation(_frames.Count, delta.Length) }, () => _summary.Append(delta)).ConfigureAwait(false))
                    {
                        return;
                    }
                }

                if (!await StepAsync(() => new ResponseReasoningSummaryTextDoneEvent { ItemId = _reasoningId, OutputIndex = 0, Text = ReasoningSummary }).ConfigureAwait(false)
                    || !await StepAsync(() => new ResponseReasoningSummaryPartDoneEvent { ItemId = _reasoningId, OutputIndex = 0, Part = new ReasoningSummaryPart { Text = ReasoningSummary } }).ConfigureAwait(false)
                    || !await StepAsync(() => new ResponseOutputItemDoneEvent { OutputIndex = 0, Item = BuildReasoning(done: true) }).ConfigureAwait(false))
                {
                    return;
                }

                outputIndex = 1;
            }

            var text = (options.OutputText ?? FakeResponsesServerOptions.DefaultOutputText)(Request);
            var chunks = Chunks(text, deltaLength);
            var index = outputIndex;
            if (!await StepAsync(() => new ResponseOutputItemAddedEvent { OutputIndex = index, Item = BuildMessage() }, () => _messageAdded = true).ConfigureAwait(false)
                || !await StepAsync(() => new ResponseContentPartAddedEvent { ItemId = _messageId, OutputIndex = index, ContentIndex = 0, Part = BuildTextPart() }, () => _textPartAdded = true).ConfigureAwait(false))
            {
                return;
            }

            for (var i = 0; i < chunks.Count; i++)
            {
                if (_fault is { Kind: ResponseFaultKind.Failed } failed && i == failed.At)
                {
                    await StepAsync(
                        () => new ResponseFailedEvent { Response = BuildResponse() },
                        () =>
                        {
                            _status = ResponseStatus.Failed;
                            _error = new ResponseError { Code = failed.Detail, Message = failed.Message };
                            _ended = true;
                        }).ConfigureAwait(false);
                    return;
                }

                if (_fault is { Kind: ResponseFaultKind.Incomplete } incomplete && i == incomplete.At)
                {
                    await FinishMessageAsync(index, "incomplete", () => new ResponseIncompleteEvent { Response = BuildResponse() }, () =>
                    {
                        _status = ResponseStatus.Incomplete;
                        _incompleteDetails = new ResponseIncompleteDetails { Reason = incomplete.Detail };
                        _usage = Usage(i, reasoningDeltas);
                    }).ConfigureAwait(false);
                    return;
                }

                var delta = chunks[i];
                if (!await StepAsync(() => new ResponseTextDeltaEvent { ItemId = _messageId, OutputIndex = index, ContentIndex = 0, Delta = delta, Logprobs = FakeJson.EmptyArray, Obfuscation = FakeJson.Obfuscation(_frames.Count, delta.Length) }, () => _text.Append(delta)).ConfigureAwait(false))
                {
                    return;
                }
            }

            await FinishMessageAsync(index, "completed", () => new ResponseCompletedEvent { Response = BuildResponse() }, () =>
            {
                _status = ResponseStatus.Completed;
                _completedAt = timeProvider.GetUtcNow();
                _usage = Usage(chunks.Count, reasoningDeltas);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled, deleted or shut down: the state was already settled by whoever stopped it.
        }

        async Task<bool> StepAsync(Func<ResponseStreamEvent> build, Action? change = null)
        {
            if (options.EventDelay > TimeSpan.Zero)
            {
                await Task.Delay(options.EventDelay, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            return Emit(build, change);
        }

        async Task FinishMessageAsync(int index, string itemStatus, Func<ResponseStreamEvent> terminal, Action settle)
        {
            var sofar = _text.ToString();
            if (await StepAsync(() => new ResponseTextDoneEvent { ItemId = _messageId, OutputIndex = index, ContentIndex = 0, Text = sofar, Logprobs = FakeJson.EmptyArray }).ConfigureAwait(false)
                && await StepAsync(() => new ResponseContentPartDoneEvent { ItemId = _messageId, OutputIndex = index, ContentIndex = 0, Part = BuildTextPart() }).ConfigureAwait(false)
                && await StepAsync(() => new ResponseOutputItemDoneEvent { OutputIndex = index, Item = BuildMessage() }, () => _messageStatus = itemStatus).ConfigureAwait(false))
            {
                await StepAsync(terminal, () =>
                {
                    settle();
                    _ended = true;
                }).ConfigureAwait(false);
            }
        }

        ResponseUsage Usage(int textDeltas, int reasoning) => new()
        {
            InputTokens = Math.Max(1, InputText.Of(Request).Length / 4),
            InputTokensDetails = new ResponseInputTokensDetails { CachedTokens = 0 },
            OutputTokens = textDeltas + reasoning,
            OutputTokensDetails = new ResponseOutputTokensDetails { ReasoningTokens = reasoning },
            TotalTokens = Math.Max(1, InputText.Of(Request).Length / 4) + textDeltas + reasoning,
        };
    }

    /// <summary>Applies <paramref name="change"/> and appends the event <paramref name="build"/> makes, unless the response has ended.</summary>
    /// <returns><see langword="false"/> when generation must stop.</returns>
    private bool Emit(Func<ResponseStreamEvent> build, Action? change = null)
    {
        lock (_gate)
        {
            if (_ended)
            {
                return false;
            }

            var sequenceNumber = _frames.Count;
            if (_fault is { Kind: ResponseFaultKind.ErrorEvent } errorFault && sequenceNumber == errorFault.At)
            {
                _frames.Add(errorFault.Shape == ErrorEventShape.Nested
                    ? FakeJson.NestedErrorEventFrame(sequenceNumber, errorFault.Detail, errorFault.Message)
                    : FakeJson.SseFrame(new ResponseErrorEvent { SequenceNumber = sequenceNumber, Code = errorFault.Detail, Message = errorFault.Message }));
                _status = ResponseStatus.Failed;
                _error = new ResponseError { Code = errorFault.Detail, Message = errorFault.Message };
                EndLocked();
                return false;
            }

            change?.Invoke();
            var streamEvent = build();
            streamEvent.SequenceNumber = sequenceNumber;
            _frames.Add(FakeJson.SseFrame(streamEvent));
            if (_ended)
            {
                _stop.Cancel();
            }

            Signal();
            return !_ended;
        }
    }

    private void EndLocked()
    {
        _ended = true;
        _stop.Cancel();
        Signal();
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    // The real service sends whole unix seconds and the official OpenAI .NET client reads them with GetInt64, so a
    // fraction from the clock would break it; the exact time stays internal for the re-stream window.
    private static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());

    private ModelResponse BuildResponse()
    {
        // The required fields are typed and always written; the optional ones echo the request, as the real service does.
        var response = new ModelResponse
        {
            Id = Id,
            Object = "response",
            CreatedAt = WholeSeconds(CreatedAt),
            CompletedAt = _completedAt is { } completedAt ? WholeSeconds(completedAt) : null,
            Status = _status,
            Background = Background,
            Model = Request.Model,
            Error = _error,
            IncompleteDetails = _incompleteDetails,
            Output = BuildOutput(),
            Usage = _usage,
            Metadata = Request.Metadata ?? new Dictionary<string, string>(),
            PreviousResponseId = Request.PreviousResponseId,
            ServiceTier = ServiceTier.Auto,
            Store = Request.Store ?? true,
            MaxOutputTokens = Request.MaxOutputTokens,
            Instructions = Request.Instructions is { } instructions ? ResponseInput.FromText(instructions) : null,
            Tools = Request.Tools ?? new List<ResponseTool>(),
            ToolChoice = Request.ToolChoice ?? ResponseToolChoice.Auto,
            ParallelToolCalls = Request.ParallelToolCalls ?? true,
            Temperature = Request.Temperature ?? 1.0,
            TopP = Request.TopP ?? 1.0,
            MaxToolCalls = Request.MaxToolCalls,
            Reasoning = Request.Reasoning,
            Text = Request.Text,
            TopLogprobs = Request.TopLogprobs,
            Truncation = Request.Truncation,
            Prompt = Request.Prompt,
            PromptCacheKey = Request.PromptCacheKey,
            PromptCacheOptions = Request.PromptCacheOptions,
            PromptCacheRetention = Request.PromptCacheRetention,
            SafetyIdentifier = Request.SafetyIdentifier,
            User = Request.User,
        };

        var unset = new List<string>();
        AddIfUnset("completed_at", response.CompletedAt is null);
        AddIfUnset("error", response.Error is null);
        AddIfUnset("incomplete_details", response.IncompleteDetails is null);
        AddIfUnset("usage", response.Usage is null);
        AddIfUnset("previous_response_id", response.PreviousResponseId is null);
        AddIfUnset("max_output_tokens", response.MaxOutputTokens is null);
        AddIfUnset("max_tool_calls", response.MaxToolCalls is null);
        AddIfUnset("prompt_cache_key", response.PromptCacheKey is null);
        AddIfUnset("prompt_cache_retention", response.PromptCacheRetention is null);
        AddIfUnset("reasoning", response.Reasoning is null);
        AddIfUnset("safety_identifier", response.SafetyIdentifier is null);
        AddIfUnset("text", response.Text is null);
        AddIfUnset("top_logprobs", response.TopLogprobs is null);
        AddIfUnset("truncation", response.Truncation is null);
        AddIfUnset("user", response.User is null);
        response.AdditionalProperties = FakeJson.ResponseExtras(unset);
        return response;

        void AddIfUnset(string name, bool isNull)
        {
            if (isNull)
            {
                unset.Add(name);
            }
        }
    }

    private List<ResponseItem> BuildOutput()
    {
        var output = new List<ResponseItem>();
        if (_reasoningAdded)
        {
            output.Add(BuildReasoning(done: false));
        }

        if (_messageAdded)
        {
            output.Add(BuildMessage());
        }

        return output;
    }

    private ReasoningItem BuildReasoning(bool done)
    {
        var item = new ReasoningItem { Id = _reasoningId };
        if (_summaryPartAdded || done)
        {
            item.Summary.Add(new ReasoningSummaryPart { Text = done ? ReasoningSummary : _summary.ToString() });
        }

        return item;
    }

    private MessageItem BuildMessage()
    {
        var message = new MessageItem { Id = _messageId, Role = MessageRole.Assistant, Status = _messageAdded ? _messageStatus : "in_progress" };
        if (_textPartAdded)
        {
            message.Content.Add(BuildTextPart());
        }

        return message;
    }

    private OutputTextPart BuildTextPart() => new()
    {
        Text = _textPartAdded ? _text.ToString() : string.Empty,
        AdditionalProperties = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["logprobs"] = FakeJson.EmptyArray },
    };
}
