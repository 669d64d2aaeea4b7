using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Testing;

/// <summary>
/// One response on the fake server: its state and its event log. A generator task plays the response's script, appending
/// events independently of any connection, as the real service does; readers copy what exists so far and wait for the next change.
/// </summary>
internal sealed class FakeResponse
{
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private readonly List<byte[]> _frames = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly List<OutputState> _output = [];
    private readonly IReadOnlyList<FakeScriptStep> _steps;
    private readonly bool _includeSources;
    private readonly bool _includeEncryptedReasoning;
    private readonly ResponseFault? _fault;
    private TaskCompletionSource _changed = NewSignal();
    private ResponseStatus _status;
    private DateTimeOffset? _completedAt;
    private ResponseError? _error;
    private ResponseIncompleteDetails? _incompleteDetails;
    private ResponseUsage? _usage;
    private bool _ended;
    private int _textDeltas;
    private int _reasoningDeltas;
    private int _argumentDeltas;

    public FakeResponse(string id, CreateResponseRequest request, IReadOnlyList<FakeScriptStep> steps, bool background, bool stream, DateTimeOffset createdAt, ResponseFault? fault)
    {
        Id = id;
        Request = request;
        Background = background;
        Stream = stream;
        CreatedAt = createdAt;
        _steps = steps;
        _fault = fault;
        _includeSources = request.Include?.Contains(ResponseIncludable.WebSearchCallActionSources) ?? false;
        _includeEncryptedReasoning = request.Include?.Contains(ResponseIncludable.ReasoningEncryptedContent) ?? false;
        InputItems = BuildInputItems(request);
        _status = background ? ResponseStatus.Queued : ResponseStatus.InProgress;
    }

    public string Id { get; }

    public CreateResponseRequest Request { get; }

    public bool Background { get; }

    public bool Stream { get; }

    public DateTimeOffset CreatedAt { get; }

    public IReadOnlyList<ResponseItem> InputItems { get; }

    /// <summary>Called once, outside the lock, when the response reaches a terminal status (not when it is deleted or shut down).</summary>
    public Action<FakeResponse, ResponseStatus>? Ended { get; init; }

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

#if NET9_0_OR_GREATER
    public static string NewId(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
#else
    public static string NewId(string prefix) => prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
#endif

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
        ModelResponse snapshot;
        var cancelled = false;
        lock (_gate)
        {
            if (!_ended)
            {
                _status = ResponseStatus.Cancelled;
                _usage = null;
                EndLocked();
                cancelled = true;
            }

            snapshot = BuildResponse();
        }

        if (cancelled)
        {
            Ended?.Invoke(this, ResponseStatus.Cancelled);
        }

        return snapshot;
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

    // The real service sends whole unix seconds and the official OpenAI .NET client reads them with GetInt64, so a
    // fraction from the clock would break it; the exact time stays internal for the re-stream window.
    private static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());

    private async Task GenerateAsync(FakeResponsesServerOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var player = new Player(this, options, timeProvider, cancellationToken);
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

            for (var index = 0; index < _steps.Count; index++)
            {
                var carryOn = _steps[index] switch
                {
                    ReasoningStep reasoning => await player.ReasoningAsync(index, reasoning).ConfigureAwait(false),
                    WebSearchStep search => await player.WebSearchAsync(index, search).ConfigureAwait(false),
                    MessageStep message => await player.MessageAsync(index, message).ConfigureAwait(false),
                    FunctionCallStep call => await player.FunctionCallAsync(index, call).ConfigureAwait(false),
                    _ => throw new InvalidOperationException($"Unknown script step {_steps[index].GetType().Name}."),
                };
                if (!carryOn)
                {
                    return;
                }
            }

            await player.StepAsync(() => new ResponseCompletedEvent { Response = BuildResponse() }, () =>
            {
                _status = ResponseStatus.Completed;
                _completedAt = timeProvider.GetUtcNow();
                _usage = Usage();
                _ended = true;
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled, deleted or shut down: the state was already settled by whoever stopped it.
        }
    }

    private ResponseUsage Usage()
    {
        var input = Math.Max(1, InputText.Of(Request).Length / 4);
        return new ResponseUsage
        {
            InputTokens = input,
            InputTokensDetails = new ResponseInputTokensDetails { CachedTokens = 0 },
            OutputTokens = _textDeltas + _reasoningDeltas + _argumentDeltas,
            OutputTokensDetails = new ResponseOutputTokensDetails { ReasoningTokens = _reasoningDeltas },
            TotalTokens = input + _textDeltas + _reasoningDeltas + _argumentDeltas,
        };
    }

    /// <summary>Applies <paramref name="change"/> and appends the event <paramref name="build"/> makes, unless the response has ended.</summary>
    /// <returns><see langword="false"/> when generation must stop.</returns>
    private bool Emit(Func<ResponseStreamEvent> build, Action? change = null)
    {
        ResponseStatus endedWith;
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
                endedWith = _status;
            }
            else
            {
                change?.Invoke();
                var streamEvent = build();
                streamEvent.SequenceNumber = sequenceNumber;
                _frames.Add(FakeJson.SseFrame(streamEvent));
                if (!_ended)
                {
                    Signal();
                    return true;
                }

                _stop.Cancel();
                Signal();
                endedWith = _status;
            }
        }

        // Outside the lock: the listener starts a webhook delivery, which must not run under the response's lock.
        Ended?.Invoke(this, endedWith);
        return false;
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
            Output = [.. _output.Select(state => state.Build())],
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

    /// <summary>Plays the script's steps as events, paced by the options' event delay; every method returns whether to carry on.</summary>
    private sealed class Player(FakeResponse response, FakeResponsesServerOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        private readonly int _deltaLength = Math.Max(1, options.DeltaLength);

        public async Task<bool> StepAsync(Func<ResponseStreamEvent> build, Action? change = null)
        {
            if (options.EventDelay > TimeSpan.Zero)
            {
                await Task.Delay(options.EventDelay, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            return response.Emit(build, change);
        }

        public async Task<bool> ReasoningAsync(int index, ReasoningStep step)
        {
            var state = new ReasoningState(NewId("rs_"), response._includeEncryptedReasoning);
            if (!await StepAsync(() => new ResponseOutputItemAddedEvent { OutputIndex = index, Item = state.Build() }, () => response._output.Add(state)).ConfigureAwait(false))
            {
                return false;
            }

            for (var summaryIndex = 0; summaryIndex < step.SummaryParts.Count; summaryIndex++)
            {
                var part = summaryIndex;
                var text = step.SummaryParts[part];
                var sofar = new StringBuilder();
                if (!await StepAsync(() => new ResponseReasoningSummaryPartAddedEvent { ItemId = state.Id, OutputIndex = index, SummaryIndex = part, Part = new ReasoningSummaryPart { Text = string.Empty } }, () => state.Parts.Add(sofar)).ConfigureAwait(false))
                {
                    return false;
                }

                foreach (var chunk in Chunks(text, _deltaLength * 4))
                {
                    if (!await StepAsync(
                        () => new ResponseReasoningSummaryTextDeltaEvent { ItemId = state.Id, OutputIndex = index, SummaryIndex = part, Delta = chunk, Obfuscation = FakeJson.Obfuscation(response._frames.Count, chunk.Length) },
                        () =>
                        {
                            sofar.Append(chunk);
                            response._reasoningDeltas++;
                        }).ConfigureAwait(false))
                    {
                        return false;
                    }
                }

                if (!await StepAsync(() => new ResponseReasoningSummaryTextDoneEvent { ItemId = state.Id, OutputIndex = index, SummaryIndex = part, Text = text }).ConfigureAwait(false)
                    || !await StepAsync(() => new ResponseReasoningSummaryPartDoneEvent { ItemId = state.Id, OutputIndex = index, SummaryIndex = part, Part = new ReasoningSummaryPart { Text = text } }).ConfigureAwait(false))
                {
                    return false;
                }
            }

            return await StepAsync(() => new ResponseOutputItemDoneEvent { OutputIndex = index, Item = state.Build(done: true) }, () => state.Done = true).ConfigureAwait(false);
        }

        public async Task<bool> WebSearchAsync(int index, WebSearchStep step)
        {
            var state = new WebSearchState(NewId("ws_"), step, response._includeSources);
            return await StepAsync(() => new ResponseOutputItemAddedEvent { OutputIndex = index, Item = state.Build() }, () => response._output.Add(state)).ConfigureAwait(false)
                && await StepAsync(() => new ResponseWebSearchCallInProgressEvent { ItemId = state.Id, OutputIndex = index }).ConfigureAwait(false)
                && await StepAsync(() => new ResponseWebSearchCallSearchingEvent { ItemId = state.Id, OutputIndex = index }, () => state.Status = ResponseItemStatus.Searching).ConfigureAwait(false)
                && await StepAsync(() => new ResponseWebSearchCallCompletedEvent { ItemId = state.Id, OutputIndex = index }, () => state.Status = ResponseItemStatus.Completed).ConfigureAwait(false)
                && await StepAsync(() => new ResponseOutputItemDoneEvent { OutputIndex = index, Item = state.Build() }, () => state.Done = true).ConfigureAwait(false);
        }

        public async Task<bool> FunctionCallAsync(int index, FunctionCallStep step)
        {
            var state = new FunctionCallState(NewId("fc_"), step.CallId ?? NewId("call_"), step.Name);
            if (!await StepAsync(() => new ResponseOutputItemAddedEvent { OutputIndex = index, Item = state.Build() }, () => response._output.Add(state)).ConfigureAwait(false))
            {
                return false;
            }

            foreach (var chunk in Chunks(step.Arguments, _deltaLength))
            {
                if (!await StepAsync(
                    () => new ResponseFunctionCallArgumentsDeltaEvent { ItemId = state.Id, OutputIndex = index, Delta = chunk, Obfuscation = FakeJson.Obfuscation(response._frames.Count, chunk.Length) },
                    () =>
                    {
                        state.Arguments.Append(chunk);
                        response._argumentDeltas++;
                    }).ConfigureAwait(false))
                {
                    return false;
                }
            }

            return await StepAsync(() => new ResponseFunctionCallArgumentsDoneEvent { ItemId = state.Id, OutputIndex = index, Name = step.Name, Arguments = step.Arguments }).ConfigureAwait(false)
                && await StepAsync(() => new ResponseOutputItemDoneEvent { OutputIndex = index, Item = state.Build() }, () => state.Status = ResponseItemStatus.Completed).ConfigureAwait(false);
        }

        public async Task<bool> MessageAsync(int index, MessageStep step)
        {
            var state = new MessageState(NewId("msg_"));
            if (!await StepAsync(() => new ResponseOutputItemAddedEvent { OutputIndex = index, Item = state.Build() }, () => response._output.Add(state)).ConfigureAwait(false)
                || !await StepAsync(() => new ResponseContentPartAddedEvent { ItemId = state.Id, OutputIndex = index, ContentIndex = 0, Part = state.BuildPart() }, () => state.PartAdded = true).ConfigureAwait(false))
            {
                return false;
            }

            var fault = response._fault;
            var cited = 0;
            foreach (var chunk in Chunks(step.Text, _deltaLength))
            {
                if (fault is { Kind: ResponseFaultKind.Failed } failed && response._textDeltas == failed.At)
                {
                    await StepAsync(
                        () => new ResponseFailedEvent { Response = response.BuildResponse() },
                        () =>
                        {
                            response._status = ResponseStatus.Failed;
                            response._error = new ResponseError { Code = failed.Detail, Message = failed.Message };
                            response._ended = true;
                        }).ConfigureAwait(false);
                    return false;
                }

                if (fault is { Kind: ResponseFaultKind.Incomplete } incomplete && response._textDeltas == incomplete.At)
                {
                    if (await FinishMessageAsync(index, state, ResponseItemStatus.Incomplete).ConfigureAwait(false))
                    {
                        await StepAsync(() => new ResponseIncompleteEvent { Response = response.BuildResponse() }, () =>
                        {
                            response._status = ResponseStatus.Incomplete;
                            response._incompleteDetails = new ResponseIncompleteDetails { Reason = incomplete.Detail };
                            response._usage = response.Usage();
                            response._ended = true;
                        }).ConfigureAwait(false);
                    }

                    return false;
                }

                if (!await StepAsync(
                    () => new ResponseTextDeltaEvent { ItemId = state.Id, OutputIndex = index, ContentIndex = 0, Delta = chunk, Logprobs = FakeJson.EmptyArray, Obfuscation = FakeJson.Obfuscation(response._frames.Count, chunk.Length) },
                    () =>
                    {
                        state.Text.Append(chunk);
                        response._textDeltas++;
                    }).ConfigureAwait(false))
                {
                    return false;
                }

                // The service announces a citation as soon as the text it covers has been streamed.
                while (cited < step.Citations.Count && step.Citations[cited].Utf16End <= state.Text.Length)
                {
                    var citation = step.Citations[cited];
                    var annotationIndex = cited++;
                    if (!await StepAsync(
                        () => new ResponseOutputTextAnnotationAddedEvent { ItemId = state.Id, OutputIndex = index, ContentIndex = 0, AnnotationIndex = annotationIndex, Annotation = MessageState.Annotation(citation) },
                        () => state.Citations.Add(citation)).ConfigureAwait(false))
                    {
                        return false;
                    }
                }
            }

            return await FinishMessageAsync(index, state, ResponseItemStatus.Completed).ConfigureAwait(false);
        }

        private async Task<bool> FinishMessageAsync(int index, MessageState state, ResponseItemStatus itemStatus)
        {
            var text = state.Text.ToString();
            return await StepAsync(() => new ResponseTextDoneEvent { ItemId = state.Id, OutputIndex = index, ContentIndex = 0, Text = text, Logprobs = FakeJson.EmptyArray }).ConfigureAwait(false)
                && await StepAsync(() => new ResponseContentPartDoneEvent { ItemId = state.Id, OutputIndex = index, ContentIndex = 0, Part = state.BuildPart() }).ConfigureAwait(false)
                && await StepAsync(() => new ResponseOutputItemDoneEvent { OutputIndex = index, Item = state.Build() }, () => state.Status = itemStatus).ConfigureAwait(false);
        }
    }

    /// <summary>The state of one output item so far; <see cref="Build"/> makes a fresh item, so snapshots do not change later.</summary>
    private abstract class OutputState(string id)
    {
        public string Id { get; } = id;

        public abstract ResponseItem Build();
    }

    private sealed class ReasoningState(string id, bool includeEncryptedContent) : OutputState(id)
    {
        public List<StringBuilder> Parts { get; } = [];

        public bool Done { get; set; }

        public override ResponseItem Build() => Build(Done);

        public ResponseItem Build(bool done)
        {
            var item = new ReasoningItem { Id = Id };
            foreach (var part in Parts)
            {
                item.Summary.Add(new ReasoningSummaryPart { Text = part.ToString() });
            }

            // As on the service: opaque, and only on the finished item, when the request included reasoning.encrypted_content.
            if (done && includeEncryptedContent)
            {
                item.EncryptedContent = "gAAAAA" + Convert.ToBase64String(Encoding.UTF8.GetBytes($"fake-reasoning:{Id}:{string.Join("|", item.Summary.Select(p => p.Text))}"));
            }

            return item;
        }
    }

    private sealed class WebSearchState(string id, WebSearchStep step, bool includeSources) : OutputState(id)
    {
        public ResponseItemStatus Status { get; set; } = ResponseItemStatus.InProgress;

        public bool Done { get; set; }

        // Until the call is done the item names only the kind of action; its details arrive with response.output_item.done.
        public override ResponseItem Build() => new WebSearchCallItem { Id = Id, Status = Status, Action = Done ? Action() : Placeholder() };

        private WebSearchAction Placeholder() => step.ActionType switch
        {
            WebSearchStep.OpenPage => new WebSearchOpenPageAction(),
            WebSearchStep.FindInPage => new WebSearchFindInPageAction(),
            _ => new WebSearchSearchAction(),
        };

        private WebSearchAction Action() => step.ActionType switch
        {
            WebSearchStep.OpenPage => new WebSearchOpenPageAction { Url = step.Url },
            WebSearchStep.FindInPage => new WebSearchFindInPageAction { Url = step.Url, Pattern = step.Pattern },
            _ => new WebSearchSearchAction
            {
                Query = step.Query,
                Queries = [step.Query!],
                Sources = includeSources ? [.. step.Sources.Select(url => new WebSearchSource { Url = url })] : null,
            },
        };
    }

    private sealed class FunctionCallState(string id, string callId, string name) : OutputState(id)
    {
        public StringBuilder Arguments { get; } = new();

        public ResponseItemStatus Status { get; set; } = ResponseItemStatus.InProgress;

        public override ResponseItem Build() => new FunctionCallItem { Id = Id, CallId = callId, Name = name, Arguments = Arguments.ToString(), Status = Status };
    }

    private sealed class MessageState(string id) : OutputState(id)
    {
        public StringBuilder Text { get; } = new();

        public List<FakeCitation> Citations { get; } = [];

        public bool PartAdded { get; set; }

        public ResponseItemStatus Status { get; set; } = ResponseItemStatus.InProgress;

        public static UrlCitationAnnotation Annotation(FakeCitation citation) => new()
        {
            Url = citation.Url,
            Title = citation.Title,
            StartIndex = citation.StartIndex,
            EndIndex = citation.EndIndex,
        };

        public override ResponseItem Build()
        {
            var message = new MessageItem { Id = Id, Role = MessageRole.Assistant, Status = Status };
            if (PartAdded)
            {
                message.Content.Add(BuildPart());
            }

            return message;
        }

        public OutputTextPart BuildPart() => new()
        {
            Text = Text.ToString(),
            Annotations = [.. Citations.Select(Annotation)],
            AdditionalProperties = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["logprobs"] = FakeJson.EmptyArray },
        };
    }
}
