using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackgroundResponses.Tests.Models;

public class MultiTurnReplayTests
{
    [Fact]
    public void OutputItems_SentBackAsInput_AreTheSameJson()
    {
        var output = """
            [
              {"id":"rs_1","type":"reasoning","summary":[{"type":"summary_text","text":"Search first."}],"encrypted_content":"gAAAAABo-enc"},
              {"id":"ws_1","type":"web_search_call","status":"completed","action":{"type":"search","query":"paris weather","sources":[{"type":"url","url":"https://e.com"}]}},
              {"id":"fs_1","type":"file_search_call","status":"completed","queries":["q"],"results":[{"file_id":"f","filename":"a.md","score":0.5,"text":"t","attributes":{"k":"v"}}]},
              {"id":"ci_1","type":"code_interpreter_call","status":"completed","container_id":"cntr_1","code":"print(2)","outputs":[{"type":"logs","logs":"2"}]},
              {"id":"ig_1","type":"image_generation_call","status":"completed","result":"iVBORw0KGgo="},
              {"id":"mcpl_1","type":"mcp_list_tools","server_label":"s","tools":[{"name":"t","input_schema":{"type":"object"}}]},
              {"id":"mcpr_1","type":"mcp_approval_request","server_label":"s","name":"t","arguments":"{}"},
              {"id":"mcp_1","type":"mcp_call","server_label":"s","name":"t","arguments":"{}","output":"ok","status":"completed"},
              {"id":"cu_1","type":"computer_call","call_id":"c1","status":"completed","action":{"type":"screenshot"},"pending_safety_checks":[]},
              {"id":"ctc_1","type":"custom_tool_call","call_id":"c2","name":"sql","input":"SELECT 1"},
              {"id":"lsh_1","type":"local_shell_call","call_id":"c3","status":"completed","action":{"type":"exec","command":["ls"],"env":{}}},
              {"id":"cmp_1","type":"compaction","encrypted_content":"gAAAAABo-cmp"},
              {"id":"sh_1","type":"shell_call","call_id":"c5","status":"completed","action":{"commands":["ls"],"timeout_ms":1000},"environment":{"type":"local"}},
              {"id":"apc_1","type":"apply_patch_call","call_id":"c6","status":"completed","operation":{"type":"delete_file","path":"a.txt"}},
              {"id":"fc_1","type":"function_call","call_id":"c4","name":"f","arguments":"{}","status":"completed"},
              {"id":"msg_1","type":"message","role":"assistant","status":"completed","content":[
                {"type":"output_text","text":"Sunny.","annotations":[{"type":"url_citation","url":"https://e.com","title":"E","start_index":0,"end_index":6}],"logprobs":[]}]},
              {"id":"x_1","type":"future_call","payload":{"a":[1,2.50]}}
            ]
            """;
        var response = JsonSerializer.Deserialize($$"""{"id":"resp_1","created_at":1,"output":{{output}}}""", ResponsesJsonContext.Default.ModelResponse)!;

        var request = new CreateResponseRequest { Model = "m", Input = ResponseInput.FromItems(response.Output) };
        var input = JsonNode.Parse(JsonSerializer.Serialize(request, ResponsesJsonContext.Default.CreateResponseRequest))!["input"]!;

        Assert.Equal(17, response.Output.Count);
        Assert.DoesNotContain(response.Output, i => i is UnknownResponseItem && i.Type != "future_call");
        JsonAssert.Equal(output, input.ToJsonString());
    }
}
