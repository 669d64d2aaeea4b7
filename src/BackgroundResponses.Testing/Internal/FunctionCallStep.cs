namespace BackgroundResponses.Testing;

/// <summary>
/// A <c>function_call</c> item. A <see langword="null"/> <see cref="CallId"/> gets a fresh <c>call_…</c> id each time the step is
/// played, as every real call has its own.
/// </summary>
internal sealed record FunctionCallStep(string Name, string Arguments, string? CallId) : FakeScriptStep;
