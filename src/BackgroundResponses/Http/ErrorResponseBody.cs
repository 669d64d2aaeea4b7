namespace BackgroundResponses;

/// <summary>The wire shape of an error answer: <c>{"error":{…}}</c> (spec <c>ErrorResponse</c>).</summary>
internal sealed class ErrorResponseBody
{
    public ErrorBody? Error { get; set; }
}
