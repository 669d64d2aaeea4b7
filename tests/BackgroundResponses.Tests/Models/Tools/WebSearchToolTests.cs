namespace BackgroundResponses.Tests.Models.Tools;

public class WebSearchToolTests
{
    [Fact]
    public void WebSearch_AllProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<WebSearchTool>("""
            {"type":"web_search","external_web_access":false,"filters":{"allowed_domains":["pubmed.ncbi.nlm.nih.gov","www.who.int"]},
             "user_location":{"type":"approximate","country":"US","region":"California","city":"San Francisco","timezone":"America/Los_Angeles"},
             "search_context_size":"high"}
            """);

        Assert.Equal("web_search", tool.Type);
        Assert.False(tool.ExternalWebAccess);
        Assert.Equal(["pubmed.ncbi.nlm.nih.gov", "www.who.int"], tool.Filters!.AllowedDomains!);
        Assert.Equal("approximate", tool.UserLocation!.Type);
        Assert.Equal("US", tool.UserLocation.Country);
        Assert.Equal("California", tool.UserLocation.Region);
        Assert.Equal("San Francisco", tool.UserLocation.City);
        Assert.Equal("America/Los_Angeles", tool.UserLocation.Timezone);
        Assert.Equal(SearchContextSize.High, tool.SearchContextSize);
    }

    [Theory]
    [InlineData("web_search_preview")]
    [InlineData("web_search_preview_2025_03_11")]
    [InlineData("web_search_2025_08_26")]
    public void PreviewAndDatedVariants_KeepTheirExactType(string type)
    {
        var tool = ToolJson.RoundTrip<WebSearchTool>($$$"""
            {"type":"{{{type}}}","search_context_size":"low","search_content_types":["text","image"],"user_location":{"type":"approximate","city":"Paris"}}
            """);

        Assert.Equal(type, tool.Type);
        Assert.Equal([SearchContentType.Text, SearchContentType.Image], tool.SearchContentTypes!);
        Assert.Equal("Paris", tool.UserLocation!.City);
    }

    [Theory]
    [InlineData("web_search_call")]
    [InlineData("web_search_previewer")]
    [InlineData("web_search_")]
    public void LookAlikeTypes_StayRaw(string type)
    {
        Assert.IsType<RawResponseTool>(ToolJson.Read($$"""{"type":"{{type}}"}"""));
    }

    [Fact]
    public void Preview_WritesPreviewType()
    {
        var tool = WebSearchTool.Preview();
        tool.SearchContextSize = SearchContextSize.Medium;

        JsonAssert.Equal("""{"type":"web_search_preview","search_context_size":"medium"}""", ToolJson.Write(tool));
    }

    [Fact]
    public void Default_WritesOnlyType()
    {
        JsonAssert.Equal("""{"type":"web_search"}""", ToolJson.Write(new WebSearchTool()));
        Assert.Throws<ArgumentException>(() => new WebSearchTool(" "));
    }

    [Fact]
    public void UnknownProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<WebSearchTool>("""
            {"type":"web_search","future":{"a":[1,2]},"filters":{"allowed_domains":[],"blocked_domains":["x.com"]},"user_location":{"type":"approximate","postal_code":"75001"}}
            """);

        Assert.Equal(["future"], tool.AdditionalProperties!.Keys);
        Assert.Equal(["blocked_domains"], tool.Filters!.AdditionalProperties!.Keys);
        Assert.Equal(["postal_code"], tool.UserLocation!.AdditionalProperties!.Keys);
    }
}
