using System.ComponentModel;
using System.Text.Json;
using BackgroundResponses.Extensions.AI.Tests.TestSupport;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class ToolMappingTests
{
    [Fact]
    public void AnAIFunction_BecomesAFunctionTool_WithItsSchema()
    {
        var function = AIFunctionFactory.Create(([Description("The order number.")] string orderId) => "shipped", "get_order_status", "Looks up an order.");

        var tool = Assert.Single(Tools(new ChatOptions { Tools = [function] }));

        Assert.Equal(("function", "get_order_status", "Looks up an order."), (tool.GetProperty("type").GetString(), tool.GetProperty("name").GetString(), tool.GetProperty("description").GetString()));
        var parameters = tool.GetProperty("parameters");
        Assert.Equal("object", parameters.GetProperty("type").GetString());
        Assert.Equal("The order number.", parameters.GetProperty("properties").GetProperty("orderId").GetProperty("description").GetString());
        Assert.Equal(["orderId"], parameters.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.False(tool.TryGetProperty("strict", out _));
    }

    [Fact]
    public void Strict_IsReadFromTheFunctionFirst_ThenFromTheOptions()
    {
        var plain = AIFunctionFactory.Create(() => 1, "plain");
        var lax = AIFunctionFactory.Create(() => 1, new AIFunctionFactoryOptions { Name = "lax", AdditionalProperties = new Dictionary<string, object?> { ["strict"] = false } });

        var tools = Tools(new ChatOptions { Tools = [plain, lax], AdditionalProperties = new() { ["strict"] = true } });

        Assert.True(tools[0].GetProperty("strict").GetBoolean());
        Assert.False(tools[1].GetProperty("strict").GetBoolean());
    }

    [Theory]
    [InlineData("auto", "\"auto\"")]
    [InlineData("none", "\"none\"")]
    [InlineData("any", "\"required\"")]
    [InlineData("specific", """{"type":"function","name":"get_order_status"}""")]
    public void ToolModes_BecomeToolChoice(string mode, string wire)
    {
        ChatToolMode toolMode = mode switch
        {
            "auto" => ChatToolMode.Auto,
            "none" => ChatToolMode.None,
            "any" => ChatToolMode.RequireAny,
            _ => ChatToolMode.RequireSpecific("get_order_status"),
        };

        using var body = MappedRequest.Json([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { Tools = [Function()], ToolMode = toolMode, AllowMultipleToolCalls = false });

        Assert.Equal(wire, body.RootElement.GetProperty("tool_choice").GetRawText());
        Assert.False(body.RootElement.GetProperty("parallel_tool_calls").GetBoolean());
    }

    [Fact]
    public void WithoutTools_NoToolChoiceIsSent()
    {
        using var body = MappedRequest.Json([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ToolMode = ChatToolMode.RequireAny, AllowMultipleToolCalls = true });

        Assert.False(body.RootElement.TryGetProperty("tools", out _));
        Assert.False(body.RootElement.TryGetProperty("tool_choice", out _));
        Assert.False(body.RootElement.TryGetProperty("parallel_tool_calls", out _));
    }

    [Fact]
    public void HostedWebSearch_TakesItsSettingsFromAdditionalProperties()
    {
        var web = new HostedWebSearchTool(new Dictionary<string, object?>
        {
            ["search_context_size"] = "high",
            ["user_location"] = new WebSearchUserLocation { Country = "NO", City = "Bergen" },
            ["allowed_domains"] = new[] { "example.com" },
        });

        var tool = Assert.Single(Tools(new ChatOptions { Tools = [web] }));

        Assert.Equal("web_search", tool.GetProperty("type").GetString());
        Assert.Equal("high", tool.GetProperty("search_context_size").GetString());
        Assert.Equal("Bergen", tool.GetProperty("user_location").GetProperty("city").GetString());
        Assert.Equal(["example.com"], tool.GetProperty("filters").GetProperty("allowed_domains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void HostedFileSearchAndCodeInterpreter_CarryTheirStoresAndFiles()
    {
        var files = new HostedFileSearchTool { Inputs = [new HostedVectorStoreContent("vs_1"), new HostedVectorStoreContent("vs_2")], MaximumResultCount = 7 };
        var code = new HostedCodeInterpreterTool { Inputs = [new HostedFileContent("file-data")] };

        var tools = Tools(new ChatOptions { Tools = [files, code] });

        Assert.Equal("file_search", tools[0].GetProperty("type").GetString());
        Assert.Equal(["vs_1", "vs_2"], tools[0].GetProperty("vector_store_ids").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(7, tools[0].GetProperty("max_num_results").GetInt32());
        Assert.Equal("code_interpreter", tools[1].GetProperty("type").GetString());
        var container = tools[1].GetProperty("container");
        Assert.Equal("auto", container.GetProperty("type").GetString());
        Assert.Equal(["file-data"], container.GetProperty("file_ids").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void AnMcpServer_KeepsItsHeadersAllowedToolsAndApprovalRules()
    {
        var mcp = new HostedMcpServerTool("docs", "https://mcp.example.com/sse")
        {
            ServerDescription = "Product docs",
            AllowedTools = ["search", "fetch"],
            Headers = new Dictionary<string, string> { ["X-Tenant"] = "t1" },
            ApprovalMode = HostedMcpServerToolApprovalMode.RequireSpecific(["fetch"], ["search"]),
        };

        var tool = Assert.Single(Tools(new ChatOptions { Tools = [mcp] }));

        Assert.Equal(("mcp", "docs", "https://mcp.example.com/sse"), (tool.GetProperty("type").GetString(), tool.GetProperty("server_label").GetString(), tool.GetProperty("server_url").GetString()));
        Assert.Equal("Product docs", tool.GetProperty("server_description").GetString());
        Assert.Equal("t1", tool.GetProperty("headers").GetProperty("X-Tenant").GetString());
        Assert.Equal(["search", "fetch"], tool.GetProperty("allowed_tools").EnumerateArray().Select(t => t.GetString()));
        var approval = tool.GetProperty("require_approval");
        Assert.Equal(["fetch"], approval.GetProperty("always").GetProperty("tool_names").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["search"], approval.GetProperty("never").GetProperty("tool_names").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("always")]
    [InlineData("never")]
    public void McpApprovalModes_AlwaysAndNever(string mode)
    {
        var mcp = new HostedMcpServerTool("docs", "https://mcp.example.com/sse")
        {
            ApprovalMode = mode == "always" ? HostedMcpServerToolApprovalMode.AlwaysRequire : HostedMcpServerToolApprovalMode.NeverRequire,
        };

        var tool = Assert.Single(Tools(new ChatOptions { Tools = [mcp] }));

        Assert.Equal(mode, tool.GetProperty("require_approval").GetString());
    }

    [Fact]
    public void AConnector_TakesItsBearerTokenAsAuthorization_NotAsAHeader()
    {
        var mcp = new HostedMcpServerTool("mail", "connector_gmail") { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer oauth-token" } };

        var tool = Assert.Single(Tools(new ChatOptions { Tools = [mcp] }));

        Assert.Equal("connector_gmail", tool.GetProperty("connector_id").GetString());
        Assert.Equal("oauth-token", tool.GetProperty("authorization").GetString());
        Assert.False(tool.TryGetProperty("server_url", out _));
        Assert.False(tool.TryGetProperty("headers", out _));
    }

    [Fact]
    public void HostedImageGeneration_CarriesModelSizeAndFormat()
    {
        var image = new HostedImageGenerationTool { Options = new ImageGenerationOptions { ModelId = "gpt-image-1", ImageSize = new System.Drawing.Size(1024, 1536), MediaType = "image/webp" } };

        var tool = Assert.Single(Tools(new ChatOptions { Tools = [image] }));

        Assert.Equal(("image_generation", "gpt-image-1", "1024x1536", "webp"), (tool.GetProperty("type").GetString(), tool.GetProperty("model").GetString(), tool.GetProperty("size").GetString(), tool.GetProperty("output_format").GetString()));
    }

    [Fact]
    public void AToolWithNoEquivalent_IsRefusedWithItsName()
    {
        var error = Assert.Throws<NotSupportedException>(() => MappedRequest.Of([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { Tools = [new UnknownTool()] }));

        Assert.Contains("my_tool", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(UnknownTool), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreparedTools_StayFirst_AndTheOptionsAddTheirs()
    {
        var options = new ChatOptions
        {
            Tools = [Function()],
            RawRepresentationFactory = _ => new CreateResponseRequest { Tools = [new WebSearchTool()], ToolChoice = ResponseToolChoice.Required },
            ToolMode = ChatToolMode.None,
        };

        using var body = MappedRequest.Json([new ChatMessage(ChatRole.User, "hi")], options);

        Assert.Equal(["web_search", "function"], body.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.Equal("required", body.RootElement.GetProperty("tool_choice").GetString());
    }

    private static AIFunction Function() => AIFunctionFactory.Create((string orderId) => "shipped", "get_order_status");

    private static List<JsonElement> Tools(ChatOptions options)
    {
        using var body = MappedRequest.Json([new ChatMessage(ChatRole.User, "hi")], options);
        return [.. body.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.Clone())];
    }

    private sealed class UnknownTool : AITool
    {
        public override string Name => "my_tool";
    }
}
