using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackgroundResponses.Tests.Models;

public class MultiTurnReplayTests
{
    private const string OutputItemsJson = """
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

    [Fact]
    public void OutputItems_SentBackAsInput_AreTheSameJson()
    {
        var output = OutputItemsJson;
        var response = JsonSerializer.Deserialize($$"""{"id":"resp_1","created_at":1,"output":{{output}}}""", ResponsesJsonContext.Default.ModelResponse)!;

        var request = new CreateResponseRequest { Model = "m", Input = ResponseInput.FromItems(response.Output) };
        var input = JsonNode.Parse(JsonSerializer.Serialize(request, ResponsesJsonContext.Default.CreateResponseRequest))!["input"]!;

        Assert.Equal(17, response.Output.Count);
        Assert.DoesNotContain(response.Output, i => i is UnknownResponseItem && i.Type != "future_call");
        JsonAssert.Equal(output, input.ToJsonString());
    }
    // The next turn's input of a stateless (store: false) app: the previous output items, the tool results the app
    // adds, and references. Together with the test above, one item of every typed class of the SDK.
    private const string InputOnlyItems = """
        [
          {"type":"message","role":"user","content":"Now check the second source."},
          {"type":"message","role":"user","content":[{"type":"input_text","text":"See this:"},{"type":"input_image","image_url":"https://e.com/a.png","detail":"auto"}]},
          {"type":"item_reference","id":"msg_0"},
          {"type":"function_call_output","call_id":"c4","output":"22C"},
          {"type":"computer_call_output","id":"cuo_1","call_id":"c1","status":"completed","output":{"type":"computer_screenshot","image_url":"data:image/png;base64,iVBORw0KGgo="},"acknowledged_safety_checks":[{"id":"cu_sc_1","code":"malicious_instructions","message":"Check the page."}]},
          {"type":"custom_tool_call_output","id":"ctco_1","call_id":"c2","output":"1 row","status":"completed","created_by":"user_1"},
          {"type":"local_shell_call_output","id":"lsho_1","call_id":"c3","output":"{\"stdout\":\"a\\n\"}"},
          {"type":"shell_call_output","id":"sho_1","call_id":"c5","status":"completed","max_output_length":4096,"output":[{"stdout":"a.txt\n","stderr":"","outcome":{"type":"exit","exit_code":0}},{"stdout":"","stderr":"","outcome":{"type":"timeout"}}]},
          {"type":"apply_patch_call_output","id":"apco_1","call_id":"c6","status":"failed","output":"hunk 1 did not apply"},
          {"type":"mcp_approval_response","approval_request_id":"mcpr_1","approve":true},
          {"type":"tool_search_call","id":"tsc_1","call_id":"c7","execution":"client","arguments":{"query":"weather"},"status":"completed","created_by":"user_1"},
          {"type":"tool_search_output","id":"tso_1","call_id":"c7","execution":"server","tools":[{"type":"function","name":"get_weather","parameters":{"type":"object"},"strict":true},{"type":"future_tool","x":1}],"status":"completed"},
          {"type":"additional_tools","id":"at_1","role":"developer","tools":[{"type":"web_search"}]},
          {"type":"program","id":"cm_1","call_id":"c8","code":"await tools.get_weather({city:'Paris'})","fingerprint":"fp_opaque=="},
          {"type":"program_output","id":"cmo_1","call_id":"c8","result":"18C","status":"incomplete"},
          {"type":"compaction_trigger"}
        ]
        """;

    [Fact]
    public void InputItems_OfTheNextTurn_AreTheSameJson()
    {
        var request = JsonSerializer.Deserialize($$"""{"model":"m","store":false,"input":{{InputOnlyItems}}}""", ResponsesJsonContext.Default.CreateResponseRequest)!;

        var input = JsonNode.Parse(JsonSerializer.Serialize(request, ResponsesJsonContext.Default.CreateResponseRequest))!["input"]!;

        Assert.DoesNotContain(request.Input!.Items!, i => i is UnknownResponseItem);
        JsonAssert.Equal(InputOnlyItems, input.ToJsonString());
    }

    [Fact]
    public void TheTwoReplays_TogetherHoldAnItemOfEveryTypedItemClass()
    {
        // A new item class must be added to a replay above: this is what keeps "every typed item replays" true.
        var replayed = ItemsOf(OutputItemsJson).Concat(ItemsOf(InputOnlyItems)).Select(i => i.GetType()).ToHashSet();
        var typed = typeof(ResponseItem).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ResponseItem)) && !t.IsAbstract && t != typeof(UnknownResponseItem))
            .ToList();

        Assert.Empty(typed.Where(t => !replayed.Contains(t)).Select(t => t.Name));
    }

    private static IList<ResponseItem> ItemsOf(string itemsJson) =>
        JsonSerializer.Deserialize($$"""{"input":{{itemsJson}}}""", ResponsesJsonContext.Default.CreateResponseRequest)!.Input!.Items!;
}
