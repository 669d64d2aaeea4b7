using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests.TestSupport;

/// <summary>The tool of the tool-calling tests: looks an order up, counts the lookups, and can act when it runs (say, arm a fault).</summary>
internal sealed class OrderDesk(Func<string, string>? answer = null, Action? onLookup = null)
{
    private readonly List<string> _lookups = [];

    /// <summary>
    /// The fake model of these tests: asks for <c>get_order_status</c> of A-1001, then, given the function's output, answers
    /// quoting it.
    /// </summary>
    public static Func<CreateResponseRequest, FakeResponseScript?> CallThenQuote { get; } = request =>
        request.Input?.Items?.OfType<FunctionCallOutputItem>().FirstOrDefault() is { } result
            ? new FakeResponseScript().Message($"Order A-1001: {result.Output?.Text}.")
            : new FakeResponseScript().FunctionCall("get_order_status", """{"orderId":"A-1001"}""");

    public IReadOnlyList<string> Lookups
    {
        get
        {
            lock (_lookups)
            {
                return [.. _lookups];
            }
        }
    }

    public AIFunction AsFunction() =>
        AIFunctionFactory.Create((string orderId) => Lookup(orderId), "get_order_status", "Looks up where an order is.");

    public string Lookup(string orderId)
    {
        lock (_lookups)
        {
            _lookups.Add(orderId);
        }

        onLookup?.Invoke();
        return answer?.Invoke(orderId) ?? "shipped on Monday";
    }
}
