namespace BackgroundResponses;

/// <summary>A client for the OpenAI Responses API in background mode.</summary>
public class ResponsesClient
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesClient"/> class for mocking.</summary>
    protected ResponsesClient()
    {
    }
}
