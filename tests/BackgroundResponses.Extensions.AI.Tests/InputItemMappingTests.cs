using System.Text.Json;
using BackgroundResponses.Extensions.AI.Tests.TestSupport;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class InputItemMappingTests
{
    [Fact]
    public void ImagesAndFiles_BecomePartsOfOneUserMessage_InOrder()
    {
        var png = new DataContent(new byte[] { 1, 2, 3 }, "image/png") { AdditionalProperties = new() { ["detail"] = "high" } };
        var pdf = new DataContent(new byte[] { 4, 5 }, "application/pdf") { Name = "report.pdf" };
        var csv = new DataContent(new byte[] { 6 }, "text/csv");
        var message = new ChatMessage(ChatRole.User,
        [
            new TextContent("Compare these."),
            png,
            new UriContent("https://example.com/otter.jpg", "image/jpeg"),
            new HostedFileContent("file-img") { MediaType = "image/webp" },
            pdf,
            csv,
            new UriContent("https://example.com/paper.pdf", "application/pdf"),
            new HostedFileContent("file-doc"),
        ]);

        var item = Assert.Single(MappedRequest.Input([message]));

        Assert.Equal("user", item.GetProperty("role").GetString());
        var parts = item.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["input_text", "input_image", "input_image", "input_image", "input_file", "input_file", "input_file", "input_file"], parts.Select(p => p.GetProperty("type").GetString()));
        Assert.Equal("Compare these.", parts[0].GetProperty("text").GetString());
        Assert.Equal("data:image/png;base64,AQID", parts[1].GetProperty("image_url").GetString());
        Assert.Equal("high", parts[1].GetProperty("detail").GetString());
        Assert.Equal("https://example.com/otter.jpg", parts[2].GetProperty("image_url").GetString());
        Assert.Equal("auto", parts[2].GetProperty("detail").GetString());
        Assert.Equal("file-img", parts[3].GetProperty("file_id").GetString());
        Assert.Equal("data:application/pdf;base64,BAU=", parts[4].GetProperty("file_data").GetString());
        Assert.Equal("report.pdf", parts[4].GetProperty("filename").GetString());
        Assert.Equal("file.csv", parts[5].GetProperty("filename").GetString());
        Assert.Equal("https://example.com/paper.pdf", parts[6].GetProperty("file_url").GetString());
        Assert.Equal("file-doc", parts[7].GetProperty("file_id").GetString());
    }

    [Fact]
    public void AnAssistantTurn_KeepsItsOrder_ReasoningThenCallThenText_AndToolResultsFollow()
    {
        var assistant = new ChatMessage(ChatRole.Assistant,
        [
            Reasoning("Look up ", null, "rs_1"),
            Reasoning("the order.", null, "rs_1"),
            Reasoning(null, "gAAAA-encrypted", "rs_1"),
            new FunctionCallContent("call_1", "get_order", new Dictionary<string, object?> { ["orderId"] = "A-1", ["verbose"] = true, ["count"] = 2 }),
            new TextContent("Checking."),
            new TextContent(" One moment."),
        ]);
        var tool = new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_1", "shipped")]);

        var items = MappedRequest.Input([assistant, tool]);

        Assert.Equal(["reasoning", "function_call", "message", "function_call_output"], items.Select(i => i.GetProperty("type").GetString()));
        Assert.Equal("rs_1", items[0].GetProperty("id").GetString());
        Assert.Equal("Look up the order.", items[0].GetProperty("summary")[0].GetProperty("text").GetString());
        Assert.Equal("gAAAA-encrypted", items[0].GetProperty("encrypted_content").GetString());
        Assert.Equal(("call_1", "get_order"), (items[1].GetProperty("call_id").GetString(), items[1].GetProperty("name").GetString()));
        using (var arguments = JsonDocument.Parse(items[1].GetProperty("arguments").GetString()!))
        {
            Assert.Equal("A-1", arguments.RootElement.GetProperty("orderId").GetString());
            Assert.True(arguments.RootElement.GetProperty("verbose").GetBoolean());
            Assert.Equal(2, arguments.RootElement.GetProperty("count").GetInt32());
        }

        Assert.Equal("assistant", items[2].GetProperty("role").GetString());
        Assert.Equal(["Checking.", " One moment."], items[2].GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        Assert.All(items[2].GetProperty("content").EnumerateArray(), p => Assert.Equal("output_text", p.GetProperty("type").GetString()));
        Assert.Equal(("call_1", "shipped"), (items[3].GetProperty("call_id").GetString(), items[3].GetProperty("output").GetString()));
    }

    [Fact]
    public void ReasoningOfTwoItems_StaysTwoItems()
    {
        var assistant = new ChatMessage(ChatRole.Assistant, [Reasoning("first", "enc-1", "rs_1"), Reasoning("second", "enc-2", "rs_2")]);

        var items = MappedRequest.Input([assistant]);

        Assert.Equal([("rs_1", "enc-1"), ("rs_2", "enc-2")], items.Select(i => (i.GetProperty("id").GetString(), i.GetProperty("encrypted_content").GetString())));
    }

    [Fact]
    public void ReasoningItemIdsReadBackAsJson_AreUnderstood()
    {
        // A history saved as JSON and read back has its additional properties as JsonElements.
        var content = new TextReasoningContent("thought") { ProtectedData = "enc" };
        content.AdditionalProperties = new() { ["reasoningItemId"] = JsonDocument.Parse("\"rs_9\"").RootElement };

        var item = Assert.Single(MappedRequest.Input([new ChatMessage(ChatRole.Assistant, [content])]));

        Assert.Equal("rs_9", item.GetProperty("id").GetString());
    }

    [Fact]
    public void FunctionResults_OfEveryShape_BecomeOutputs()
    {
        using var json = JsonDocument.Parse("""{"status":"shipped"}""");
        var tool = new ChatMessage(ChatRole.Tool,
        [
            new FunctionResultContent("c1", new Order("A-1", 3)),
            new FunctionResultContent("c2", json.RootElement.Clone()),
            new FunctionResultContent("c3", null),
            new FunctionResultContent("c4", null) { Exception = new InvalidOperationException("database down") },
            new FunctionResultContent("c5", new List<AIContent> { new TextContent("see chart"), new DataContent(new byte[] { 9 }, "image/png") }),
            new FunctionResultContent("c6", 42),
        ]);

        var outputs = MappedRequest.Input([tool]).Select(i => i.GetProperty("output")).ToList();

        Assert.Equal("""{"id":"A-1","quantity":3}""", outputs[0].GetString());
        Assert.Equal("""{"status":"shipped"}""", outputs[1].GetString());
        Assert.Equal(string.Empty, outputs[2].GetString());
        Assert.Equal("Error: database down", outputs[3].GetString());
        Assert.Equal(JsonValueKind.Array, outputs[4].ValueKind);
        Assert.Equal(["input_text", "input_image"], outputs[4].EnumerateArray().Select(p => p.GetProperty("type").GetString()));
        Assert.Equal("42", outputs[5].GetString());
    }

    [Fact]
    public void ARefusalInTheHistory_GoesBackAsARefusalPart()
    {
        var item = Assert.Single(MappedRequest.Input([new ChatMessage(ChatRole.Assistant, [new ErrorContent("I can't help with that.") { ErrorCode = "Refusal" }])]));

        var part = Assert.Single(item.GetProperty("content").EnumerateArray());
        Assert.Equal(("refusal", "I can't help with that."), (part.GetProperty("type").GetString(), part.GetProperty("refusal").GetString()));
    }

    [Fact]
    public void AnApprovalOfAnMcpCall_BecomesAnApprovalResponse()
    {
        var call = new McpServerToolCallContent("mcpr_1", "delete_file", "files");
        var approval = new ToolApprovalRequestContent("mcpr_1", call).CreateResponse(approved: true, reason: "looks fine");

        var item = Assert.Single(MappedRequest.Input([new ChatMessage(ChatRole.User, [approval])]));

        Assert.Equal("mcp_approval_response", item.GetProperty("type").GetString());
        Assert.Equal("mcpr_1", item.GetProperty("approval_request_id").GetString());
        Assert.True(item.GetProperty("approve").GetBoolean());
        Assert.Equal("looks fine", item.GetProperty("reason").GetString());
    }

    [Fact]
    public void UsageAndCitationCarriers_AreNotSent()
    {
        var message = new ChatMessage(ChatRole.Assistant, [new TextContent("hi"), new UsageContent(new UsageDetails { InputTokenCount = 1 }), new AIContent { Annotations = [new CitationAnnotation()] }]);

        var item = Assert.Single(MappedRequest.Input([message]));

        Assert.Single(item.GetProperty("content").EnumerateArray());
    }

    private static TextReasoningContent Reasoning(string? text, string? protectedData, string itemId) =>
        new(text) { ProtectedData = protectedData, AdditionalProperties = new() { ["reasoningItemId"] = itemId } };

    private sealed record Order(string Id, int Quantity);
}
