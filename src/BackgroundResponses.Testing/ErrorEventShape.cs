namespace BackgroundResponses.Testing;

/// <summary>The two wire shapes of the stream <c>error</c> event.</summary>
public enum ErrorEventShape
{
    /// <summary>The documented shape: <c>{"type":"error","code","message","param","sequence_number"}</c>.</summary>
    Flat,

    /// <summary>The shape seen on the wire: <c>{"type":"error","error":{"type","code","message","param"},"sequence_number"}</c>.</summary>
    Nested,
}
