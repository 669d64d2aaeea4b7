using System.Globalization;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>Turns MEAI tools and tool modes into the Responses API's typed tools and tool choice.</summary>
internal static class ToolMapper
{
    /// <summary>The key, on <see cref="ChatOptions.AdditionalProperties"/> or a function's own, that asks for strict JSON schema adherence (Microsoft.Extensions.AI.OpenAI reads the same one).</summary>
    public const string StrictKey = "strict";

    public static ResponseTool ToTool(AITool tool, ChatOptions options) => tool switch
    {
        AIFunctionDeclaration function => new FunctionTool
        {
            Name = function.Name,
            Description = string.IsNullOrEmpty(function.Description) ? null : function.Description,
            Parameters = function.JsonSchema,
            Strict = StrictOf(function.AdditionalProperties) ?? StrictOf(options.AdditionalProperties),
        },
        HostedWebSearchTool web => ToWebSearch(web),
        HostedFileSearchTool files => new FileSearchTool
        {
            VectorStoreIds = [.. files.Inputs?.OfType<HostedVectorStoreContent>().Select(store => store.VectorStoreId) ?? []],
            MaxNumResults = files.MaximumResultCount,
        },
        HostedCodeInterpreterTool code => CodeInterpreterTool.CreateAuto(code.Inputs?.OfType<HostedFileContent>().Select(file => file.FileId) ?? []),
        HostedMcpServerTool mcp => ToMcp(mcp),
        HostedImageGenerationTool image => new ImageGenerationTool
        {
            Model = image.Options?.ModelId,
            Size = image.Options?.ImageSize is { } size ? string.Create(CultureInfo.InvariantCulture, $"{size.Width}x{size.Height}") : null,
            OutputFormat = image.Options?.MediaType switch
            {
                "image/png" => ImageGenerationOutputFormat.Png,
                "image/jpeg" => ImageGenerationOutputFormat.Jpeg,
                "image/webp" => ImageGenerationOutputFormat.Webp,
                _ => (ImageGenerationOutputFormat?)null,
            },
        },
        _ => throw new NotSupportedException(
            $"The tool '{tool.Name}' ({tool.GetType().Name}) has no Responses API equivalent in this client. Use an AIFunction, " +
            "a hosted web search, file search, code interpreter, MCP server or image generation tool, or add a typed ResponseTool " +
            "to the CreateResponseRequest returned by ChatOptions.RawRepresentationFactory."),
    };

    public static ResponseToolChoice? ToToolChoice(ChatToolMode? mode) => mode switch
    {
        null => null,
        NoneChatToolMode => ResponseToolChoice.None,
        AutoChatToolMode => ResponseToolChoice.Auto,
        RequiredChatToolMode { RequiredFunctionName: { } name } => ResponseToolChoice.ForFunction(name),
        RequiredChatToolMode => ResponseToolChoice.Required,
        _ => throw new NotSupportedException($"The tool mode {mode.GetType().Name} has no Responses API equivalent."),
    };

    private static bool? StrictOf(IReadOnlyDictionary<string, object?>? properties) =>
        properties?.TryGetValue(StrictKey, out var value) is true ? value as bool? : null;

    private static bool? StrictOf(AdditionalPropertiesDictionary? properties) =>
        properties?.TryGetValue(StrictKey, out var value) is true ? value as bool? : null;

    private static WebSearchTool ToWebSearch(HostedWebSearchTool web)
    {
        // MEAI's tool has no typed settings; they travel in AdditionalProperties under the API's own names.
        var tool = new WebSearchTool();
        var properties = web.AdditionalProperties;
        if (properties.TryGetValue("search_context_size", out var size) && size is not null)
        {
            tool.SearchContextSize = size as SearchContextSize? ?? new SearchContextSize(size.ToString()!);
        }

        if (properties.TryGetValue("user_location", out var location) && location is not null)
        {
            tool.UserLocation = location as WebSearchUserLocation
                ?? throw new NotSupportedException("HostedWebSearchTool's 'user_location' must be a BackgroundResponses.WebSearchUserLocation.");
        }

        if (properties.TryGetValue("filters", out var filters) && filters is not null)
        {
            tool.Filters = filters as WebSearchFilters
                ?? throw new NotSupportedException("HostedWebSearchTool's 'filters' must be a BackgroundResponses.WebSearchFilters.");
        }

        if (properties.TryGetValue("allowed_domains", out var domains) && domains is IEnumerable<string> allowed)
        {
            (tool.Filters ??= new WebSearchFilters()).AllowedDomains = [.. allowed];
        }

        return tool;
    }

    private static McpTool ToMcp(HostedMcpServerTool mcp)
    {
        // As Microsoft.Extensions.AI.OpenAI: an absolute http(s) address is a server, anything else a connector id.
        var isServer = Uri.TryCreate(mcp.ServerAddress, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps);
        McpTool tool;
        if (isServer)
        {
            tool = McpTool.ForServer(mcp.ServerName, mcp.ServerAddress);
            tool.Headers = mcp.Headers is { Count: > 0 } headers ? new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase) : null;
        }
        else
        {
            // A connector takes its OAuth token as 'authorization', not as a header.
            string? token = null;
            if (mcp.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value is { } header)
            {
                token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..] : header;
            }

            tool = McpTool.ForConnector(mcp.ServerName, new McpConnectorId(mcp.ServerAddress), token);
        }

        tool.ServerDescription = mcp.ServerDescription;
        tool.AllowedTools = mcp.AllowedTools is { } allowed ? McpAllowedTools.FromNames(allowed) : null;
        tool.RequireApproval = mcp.ApprovalMode switch
        {
            null => null,
            HostedMcpServerToolAlwaysRequireApprovalMode => McpRequireApproval.Always,
            HostedMcpServerToolNeverRequireApprovalMode => McpRequireApproval.Never,
            HostedMcpServerToolRequireSpecificApprovalMode specific => McpRequireApproval.FromFilter(new McpApprovalFilter
            {
                Always = specific.AlwaysRequireApprovalToolNames is { Count: > 0 } always ? new McpToolFilter { ToolNames = [.. always] } : null,
                Never = specific.NeverRequireApprovalToolNames is { Count: > 0 } never ? new McpToolFilter { ToolNames = [.. never] } : null,
            }),
            _ => throw new NotSupportedException($"The MCP approval mode {mcp.ApprovalMode.GetType().Name} has no Responses API equivalent."),
        };
        return tool;
    }
}
