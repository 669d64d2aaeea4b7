using System.Text.Json;

namespace BackgroundResponses.Tests.Models.Tools;

public class FileSearchToolTests
{
    [Fact]
    public void AllProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<FileSearchTool>("""
            {"type":"file_search","vector_store_ids":["vs_1234567890"],"max_num_results":20,
             "ranking_options":{"ranker":"auto","score_threshold":0.5,"hybrid_search":{"embedding_weight":0.7,"text_weight":0.3}},
             "filters":{"type":"and","filters":[
               {"type":"eq","key":"region","value":"us"},
               {"type":"or","filters":[{"type":"gte","key":"year","value":2024},{"type":"in","key":"tag","value":["a","b"]}]},
               {"type":"ne","key":"draft","value":true}]}}
            """);

        Assert.Equal(["vs_1234567890"], tool.VectorStoreIds!);
        Assert.Equal(20, tool.MaxNumResults);
        Assert.Equal(FileSearchRanker.Auto, tool.RankingOptions!.Ranker);
        Assert.Equal(0.5, tool.RankingOptions.ScoreThreshold);
        Assert.Equal(0.7, tool.RankingOptions.HybridSearch!.EmbeddingWeight);
        Assert.Equal(0.3, tool.RankingOptions.HybridSearch.TextWeight);

        var and = Assert.IsType<CompoundFilter>(tool.Filters);
        Assert.Equal(CompoundFilterOperator.And, and.Operator);
        Assert.Equal("and", and.Type);
        Assert.Equal(3, and.Filters!.Count);

        var eq = Assert.IsType<ComparisonFilter>(and.Filters[0]);
        Assert.Equal(ComparisonOperator.Equal, eq.Operator);
        Assert.Equal("region", eq.Key);
        Assert.Equal("us", eq.Value!.Value.GetString());

        var or = Assert.IsType<CompoundFilter>(and.Filters[1]);
        Assert.Equal(CompoundFilterOperator.Or, or.Operator);
        var gte = Assert.IsType<ComparisonFilter>(or.Filters![0]);
        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, gte.Operator);
        Assert.Equal(2024, gte.Value!.Value.GetInt32());
        var @in = Assert.IsType<ComparisonFilter>(or.Filters[1]);
        Assert.Equal(ComparisonOperator.In, @in.Operator);
        Assert.Equal(JsonValueKind.Array, @in.Value!.Value.ValueKind);

        var ne = Assert.IsType<ComparisonFilter>(and.Filters[2]);
        Assert.Equal("ne", ne.Type);
        Assert.True(ne.Value!.Value.GetBoolean());
    }

    [Fact]
    public void UnknownFilterType_RoundTripsVerbatim()
    {
        var tool = ToolJson.RoundTrip<FileSearchTool>("""
            {"type":"file_search","vector_store_ids":["vs_1"],"filters":{"type":"and","filters":[{"type":"regex","key":"k","pattern":"^a"},{"type":"eq","key":"k","value":"v","case":"insensitive"}]}}
            """);

        var and = Assert.IsType<CompoundFilter>(tool.Filters);
        var unknown = Assert.IsType<UnknownFileSearchFilter>(and.Filters![0]);
        Assert.Equal("regex", unknown.Type);
        Assert.Equal(["case"], and.Filters[1].AdditionalProperties!.Keys);
    }

    [Fact]
    public void Factories_WriteSpecShape()
    {
        var tool = FileSearchTool.Create("vs_1", "vs_2");
        tool.MaxNumResults = 5;
        tool.Filters = CompoundFilter.Or(
            ComparisonFilter.Create(ComparisonOperator.Equal, "lang", "en"),
            ComparisonFilter.Create(ComparisonOperator.LessThan, "pages", 10),
            ComparisonFilter.Create(ComparisonOperator.Equal, "public", true),
            ComparisonFilter.Create(ComparisonOperator.NotIn, "tag", ["x", "y"]));

        JsonAssert.Equal(
            """
            {"type":"file_search","vector_store_ids":["vs_1","vs_2"],"max_num_results":5,"filters":{"type":"or","filters":[
              {"type":"eq","key":"lang","value":"en"},{"type":"lt","key":"pages","value":10},
              {"type":"eq","key":"public","value":true},{"type":"nin","key":"tag","value":["x","y"]}]}}
            """,
            ToolJson.Write(tool));
    }

    [Fact]
    public void Factories_ValidateArguments()
    {
        Assert.Throws<ArgumentException>(() => ComparisonFilter.Create(ComparisonOperator.Equal, " ", "v"));
        Assert.Throws<ArgumentNullException>(() => CompoundFilter.And(null!));
    }
}
