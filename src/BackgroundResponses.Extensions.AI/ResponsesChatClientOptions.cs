using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>Settings of the <see cref="IChatClient"/> made by <see cref="ResponsesClientChatClientExtensions.AsIChatClient(ResponsesClient, ResponsesChatClientOptions)"/>.</summary>
public sealed class ResponsesChatClientOptions
{
    /// <summary>Gets or sets the model to use when <see cref="ChatOptions.ModelId"/> is not set.</summary>
    public string? DefaultModelId { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether cancelling a call's <see cref="CancellationToken"/> also cancels the
    /// background response it is waiting for or streaming (<c>POST /responses/{id}/cancel</c>). Off by default: the
    /// response then goes on, and a continuation token can still fetch it.
    /// </summary>
    public bool CancelOnCallerCancellation { get; set; }
}
