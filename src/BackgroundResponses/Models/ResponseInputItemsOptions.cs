namespace BackgroundResponses;

/// <summary>Options for listing the input items of a response (<c>GET /responses/{id}/input_items</c>).</summary>
public class ResponseInputItemsOptions
{
    /// <summary>Gets or sets how many items each page asks for, 1 to 100.</summary>
    /// <value>The default is <see langword="null"/>: the server's default of 20.</value>
    public int? PageSize { get; set; }

    /// <summary>Gets or sets the order: <see cref="ResponseItemOrder.Ascending"/> or <see cref="ResponseItemOrder.Descending"/>.</summary>
    /// <value>The default is <see langword="null"/>: the server's default, <c>desc</c>.</value>
    public ResponseItemOrder? Order { get; set; }

    /// <summary>Gets or sets the item id after which listing starts (exclusive).</summary>
    /// <value>The default is <see langword="null"/>: from the first item.</value>
    public string? After { get; set; }

    /// <summary>Gets or sets extra data to include, sent as <c>include[]</c> values such as <see cref="ResponseIncludable.MessageInputImageImageUrl"/>.</summary>
    /// <value>The default is <see langword="null"/>: nothing extra.</value>
    public IList<ResponseIncludable>? Include { get; set; }
}
