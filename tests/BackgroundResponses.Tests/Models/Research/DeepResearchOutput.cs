using System.Text.Json;

namespace BackgroundResponses.Tests.Models.Research;

/// <summary>A completed deep-research response as the API shapes it: reasoning, web searches, a file search, code run, and cited text.</summary>
internal static class DeepResearchOutput
{
    // Indices are in code points: the otter (U+1F9A6) and the wave (U+1F30A) are one each here, two UTF-16 units in .NET.
    public const string FirstText = "Sea otters 🦦 hold hands while they sleep, so they do not drift apart. 🌊 They use rocks as tools to open shellfish. Otters have the densest fur of any animal.";

    public const string Json = """
        {"id":"resp_research","object":"response","created_at":1741290958,"status":"completed","background":true,"model":"o3-deep-research-2025-06-26",
         "output":[
          {"id":"rs_1","type":"reasoning","summary":[]},
          {"id":"ws_1","type":"web_search_call","status":"completed",
           "action":{"type":"search","query":"sea otters hold hands","queries":["sea otters hold hands","why do otters hold hands sleeping"],
             "sources":[{"type":"url","url":"https://otters.example/sleep"},{"type":"url","url":"https://zoo.example/otters"}]}},
          {"id":"ws_2","type":"web_search_call","status":"completed","action":{"type":"open_page","url":"https://otters.example/sleep"}},
          {"id":"ws_3","type":"web_search_call","status":"completed","action":{"type":"find_in_page","url":"https://otters.example/sleep","pattern":"drift"}},
          {"id":"ws_4","type":"web_search_call","status":"completed","action":{"type":"search","query":"otter fur density"}},
          {"id":"fs_1","type":"file_search_call","status":"completed","queries":["otter tool use"],"results":null},
          {"id":"ci_1","type":"code_interpreter_call","status":"completed","container_id":"cntr_1","code":"print(1)","outputs":null},
          {"id":"mcp_1","type":"mcp_call","server_label":"papers","name":"search","arguments":"{}","output":"[]","status":"completed"},
          {"id":"ws_5","type":"web_search_call","status":"failed","action":{"type":"scroll_page","by":3}},
          {"id":"msg_1","type":"message","status":"completed","role":"assistant","content":[
            {"type":"output_text","text":"Sea otters 🦦 hold hands while they sleep, so they do not drift apart. 🌊 They use rocks as tools to open shellfish. Otters have the densest fur of any animal.",
             "annotations":[
              {"type":"url_citation","start_index":13,"end_index":40,"url":"https://otters.example/sleep","title":"How otters sleep"},
              {"type":"url_citation","start_index":42,"end_index":68,"url":"https://zoo.example/otters","title":"Otters at the zoo"},
              {"type":"file_citation","index":95,"file_id":"file_tools","filename":"otter-tools.pdf"},
              {"type":"url_citation","start_index":131,"end_index":156,"url":"https://otters.example/sleep","title":"How otters sleep"}],
             "logprobs":[]}]},
          {"id":"msg_2","type":"message","status":"completed","role":"assistant","content":[
            {"type":"output_text","text":"Fur: 1 million hairs per square inch.",
             "annotations":[
              {"type":"page_citation","start_index":5,"end_index":36,"url":"https://fur.example/density","page":4},
              {"type":"url_citation","start_index":0,"end_index":3,"url":"https://zoo.example/otters","title":"Otters at the zoo"},
              {"type":"container_file_citation","container_id":"cntr_1","file_id":"cfile_1","filename":"chart.png","start_index":0,"end_index":4},
              {"type":"file_path","file_id":"cfile_1","index":37}]}]}
         ]}
        """;

    public static ModelResponse Read() => JsonSerializer.Deserialize(Json, ResponsesJsonContext.Default.ModelResponse)!;
}
