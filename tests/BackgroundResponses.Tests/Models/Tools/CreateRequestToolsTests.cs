using System.Text.Json;

namespace BackgroundResponses.Tests.Models.Tools;

public class CreateRequestToolsTests
{
    [Fact]
    public void CreateRequest_WithHostedTools_SerializesAsSpecExpects()
    {
        var fileSearch = FileSearchTool.Create("vs_1234567890");
        fileSearch.MaxNumResults = 20;
        fileSearch.Filters = ComparisonFilter.Create(ComparisonOperator.Equal, "type", "blog_post");

        var request = new CreateResponseRequest
        {
            Model = "gpt-5.5",
            Input = "What is deep research by OpenAI?",
            Tools =
            [
                new WebSearchTool { SearchContextSize = SearchContextSize.Low, Filters = new WebSearchFilters { AllowedDomains = ["openai.com"] } },
                fileSearch,
                CodeInterpreterTool.CreateAuto(),
                McpTool.ForServer("deepwiki", "https://mcp.deepwiki.com/mcp"),
                new ImageGenerationTool { Quality = ImageGenerationQuality.Low, PartialImages = 1 },
                new ComputerUsePreviewTool { Environment = ComputerEnvironment.Browser, DisplayWidth = 1024, DisplayHeight = 768 },
                CustomTool.Create("code_exec", "Executes arbitrary Python code."),
                new LocalShellTool(),
                new ShellTool { Environment = new ShellContainerReferenceEnvironment { ContainerId = "cntr_1" } },
                new ApplyPatchTool(),
                new ToolSearchTool { Execution = ToolSearchExecution.Server },
                RawResponseTool.FromJson("""{"type":"crystal_ball","clarity":"high"}"""),
            ],
            ToolChoice = ResponseToolChoice.ForHostedTool(FileSearchTool.TypeValue),
        };

        var json = JsonSerializer.Serialize(request, ResponsesJsonContext.Default.CreateResponseRequest);

        JsonAssert.Equal(
            """
            {
              "model": "gpt-5.5",
              "input": "What is deep research by OpenAI?",
              "tools": [
                { "type": "web_search", "filters": { "allowed_domains": ["openai.com"] }, "search_context_size": "low" },
                { "type": "file_search", "vector_store_ids": ["vs_1234567890"], "max_num_results": 20, "filters": { "type": "eq", "key": "type", "value": "blog_post" } },
                { "type": "code_interpreter", "container": { "type": "auto" } },
                { "type": "mcp", "server_label": "deepwiki", "server_url": "https://mcp.deepwiki.com/mcp" },
                { "type": "image_generation", "quality": "low", "partial_images": 1 },
                { "type": "computer_use_preview", "environment": "browser", "display_width": 1024, "display_height": 768 },
                { "type": "custom", "name": "code_exec", "description": "Executes arbitrary Python code." },
                { "type": "local_shell" },
                { "type": "shell", "environment": { "type": "container_reference", "container_id": "cntr_1" } },
                { "type": "apply_patch" },
                { "type": "tool_search", "execution": "server" },
                { "type": "crystal_ball", "clarity": "high" }
              ],
              "tool_choice": { "type": "file_search" }
            }
            """,
            json);

        // And back: every tool comes back as the class it was written from.
        var read = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.CreateResponseRequest)!;
        Assert.Equal(request.Tools.Select(t => t.GetType()), read.Tools!.Select(t => t.GetType()));
        JsonAssert.Equal(json, JsonSerializer.Serialize(read, ResponsesJsonContext.Default.CreateResponseRequest));
    }
}
