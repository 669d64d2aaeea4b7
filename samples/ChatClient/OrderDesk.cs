using System.ComponentModel;

namespace ChatClient;

/// <summary>The app's own code the model may call: an order-status lookup that counts its calls, so the tour can prove it ran once.</summary>
internal sealed class OrderDesk
{
    public const string ToolName = "get_order_status";
    public const string KnownOrderId = "A-1001";

    // ASCII without quotes on purpose: the check that the answer quotes it must not depend on how the result is JSON-encoded.
    public const string KnownOrderStatus = "shipped on 28 November and arrives on 2 December";

    private int _lookups;

    public int Lookups => Volatile.Read(ref _lookups);

    [Description("Looks up the delivery status of a customer's order.")]
    public string GetOrderStatus([Description("The order id, for example A-1001.")] string orderId)
    {
        Interlocked.Increment(ref _lookups);
        return string.Equals(orderId, KnownOrderId, StringComparison.OrdinalIgnoreCase) ? KnownOrderStatus : $"unknown: there is no order {orderId}";
    }
}
