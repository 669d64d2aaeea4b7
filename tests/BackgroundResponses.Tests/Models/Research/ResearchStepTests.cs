namespace BackgroundResponses.Tests.Models.Research;

public class ResearchStepTests
{
    [Fact]
    public void GetResearchTrail_ListsTheSteps_InOutputOrder_PassingOverMessagesAndReasoning()
    {
        var response = DeepResearchOutput.Read();

        var trail = response.GetResearchTrail();

        Assert.Equal(
            [ResearchStepKind.Search, ResearchStepKind.OpenPage, ResearchStepKind.FindInPage, ResearchStepKind.Search, ResearchStepKind.FileSearch, ResearchStepKind.CodeInterpreter, ResearchStepKind.McpCall, ResearchStepKind.Other],
            trail.Select(s => s.Kind));
        Assert.Equal(["ws_1", "ws_2", "ws_3", "ws_4", "fs_1", "ci_1", "mcp_1", "ws_5"], trail.Select(s => s.Item.Id));
        Assert.Same(response.Output[1], trail[0].Item);
        Assert.Equal(["completed", "completed", "completed", "completed", "completed", "completed", "completed", "failed"], trail.Select(s => s.Status));
    }

    [Fact]
    public void Search_CarriesItsQueriesAndSources()
    {
        var search = DeepResearchOutput.Read().GetResearchTrail()[0];

        Assert.Equal(["sea otters hold hands", "why do otters hold hands sleeping"], search.Queries);
        Assert.Equal(["https://otters.example/sleep", "https://zoo.example/otters"], search.Sources.Select(s => s.Url));
        Assert.Null(search.Url);
        Assert.Null(search.Pattern);
    }

    [Fact]
    public void Search_WithOnlyTheDeprecatedQuery_HasThatQuery_AndNoSources()
    {
        var search = DeepResearchOutput.Read().GetResearchTrail()[3];

        Assert.Equal(["otter fur density"], search.Queries);
        Assert.Empty(search.Sources);
    }

    [Fact]
    public void OpenPageAndFindInPage_CarryTheUrlAndPattern()
    {
        var trail = DeepResearchOutput.Read().GetResearchTrail();

        Assert.Equal(("https://otters.example/sleep", null), (trail[1].Url, trail[1].Pattern));
        Assert.Equal(("https://otters.example/sleep", "drift"), (trail[2].Url, trail[2].Pattern));
        Assert.Empty(trail[1].Queries);
        Assert.Empty(trail[2].Sources);
    }

    [Fact]
    public void FileSearch_CarriesItsQueries_AndToolCallsOnlyTheirItem()
    {
        var trail = DeepResearchOutput.Read().GetResearchTrail();

        Assert.Equal(["otter tool use"], trail[4].Queries);
        Assert.Equal("print(1)", Assert.IsType<CodeInterpreterCallItem>(trail[5].Item).Code);
        Assert.Equal("papers", Assert.IsType<McpCallItem>(trail[6].Item).ServerLabel);
        Assert.All(trail.Skip(5), s => Assert.Equal((0, 0, null, null), (s.Queries.Count, s.Sources.Count, s.Url, s.Pattern)));
    }

    [Fact]
    public void WebSearchWithoutAnAction_IsOther()
    {
        var step = Assert.Single(ResearchStep.From([new WebSearchCallItem { Id = "ws", Status = "in_progress" }]));

        Assert.Equal((ResearchStepKind.Other, "in_progress"), (step.Kind, step.Status));
    }

    [Fact]
    public void Queries_AreASnapshot_NotTheItemsList()
    {
        var call = new FileSearchCallItem { Queries = { "a" } };
        var step = Assert.Single(ResearchStep.From([call]));

        call.Queries.Add("b");

        Assert.Equal(["a"], step.Queries);
    }

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("items", () => ResearchStep.From(null!));
        Assert.Throws<ArgumentException>("items", () => ResearchStep.From([new WebSearchCallItem(), null!]));
        Assert.Empty(new ModelResponse().GetResearchTrail());
    }
}
