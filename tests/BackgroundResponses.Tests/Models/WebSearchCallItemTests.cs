namespace BackgroundResponses.Tests.Models;

public class WebSearchCallItemTests : ToolCallItemTestBase
{
    [Fact]
    public void SearchAction_WithSources_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<WebSearchCallItem>("""
            {"id":"ws_1","type":"web_search_call","status":"completed",
             "action":{"type":"search","query":"weather paris","queries":["weather paris","paris forecast"],
               "sources":[{"type":"url","url":"https://meteo.example/paris"},{"type":"url","url":"https://news.example"}]}}
            """);

        Assert.Equal("ws_1", call.Id);
        Assert.Equal("completed", call.Status);
        var search = Assert.IsType<WebSearchSearchAction>(call.Action);
        Assert.Equal("search", search.Type);
        Assert.Equal("weather paris", search.Query);
        Assert.Equal(["weather paris", "paris forecast"], search.Queries!);
        Assert.Collection(
            search.Sources!,
            s => Assert.Equal(("url", "https://meteo.example/paris"), (s.Type, s.Url)),
            s => Assert.Equal("https://news.example", s.Url));
    }

    [Fact]
    public void OpenPageAndFindInPage_ReadAndRoundTrip()
    {
        var open = ReadRoundTrip<WebSearchCallItem>("""{"type":"web_search_call","id":"ws_2","status":"completed","action":{"type":"open_page","url":"https://e.com/a"}}""");
        var find = ReadRoundTrip<WebSearchCallItem>("""{"type":"web_search_call","id":"ws_3","status":"completed","action":{"type":"find_in_page","url":"https://e.com/a","pattern":"forecast"}}""");

        Assert.Equal("https://e.com/a", Assert.IsType<WebSearchOpenPageAction>(open.Action).Url);
        var findAction = Assert.IsType<WebSearchFindInPageAction>(find.Action);
        Assert.Equal(("https://e.com/a", "forecast"), (findAction.Url, findAction.Pattern));
    }

    [Fact]
    public void UnknownAction_AndNullUrl_AreKept()
    {
        var json = """{"type":"web_search_call","id":"ws_4","status":"searching","action":{"type":"scroll_page","by":3,"url":null}}""";

        var call = ReadRoundTrip<WebSearchCallItem>(json);

        Assert.Equal("scroll_page", Assert.IsType<UnknownWebSearchAction>(call.Action).Type);
        Assert.Contains("""
            "action":{"type":"scroll_page","by":3,"url":null}
            """, Write(call), StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInCode_WritesTypesFirst()
    {
        var call = new WebSearchCallItem { Id = "ws_5", Status = "completed", Action = new WebSearchSearchAction { Queries = ["q"], Sources = [new WebSearchSource { Url = "https://e.com" }] } };

        Assert.Equal(
            """{"type":"web_search_call","status":"completed","action":{"type":"search","queries":["q"],"sources":[{"type":"url","url":"https://e.com"}]},"id":"ws_5"}""",
            Write(call));
    }
}
