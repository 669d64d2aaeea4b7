namespace BackgroundResponses.Tests.Models;

public class CompactionItemTests : ToolCallItemTestBase
{
    [Fact]
    public void ReadsAndRoundTrips()
    {
        var item = ReadRoundTrip<CompactionItem>("""{"type":"compaction","id":"cmp_1","encrypted_content":"gAAAAABpM0Yj...","created_by":"user_1"}""");

        Assert.Equal("cmp_1", item.Id);
        Assert.Equal("gAAAAABpM0Yj...", item.EncryptedContent);
        Assert.Equal("user_1", item.CreatedBy);
    }

    [Fact]
    public void CompactionTrigger_ReadsAndRoundTrips_KeepingWhatItDoesNotModel()
    {
        var trigger = ReadRoundTrip<CompactionTriggerItem>("""{"type":"compaction_trigger","future":{"a":1}}""");

        Assert.Equal("compaction_trigger", trigger.Type);
        Assert.Null(trigger.Id);
        Assert.Equal(1, trigger.AdditionalProperties!["future"].GetProperty("a").GetInt32());
    }

    [Fact]
    public void CompactionTrigger_BuiltForARequest_IsJustItsType()
    {
        JsonAssert.Equal("""{"type":"compaction_trigger"}""", Write(new CompactionTriggerItem()));
    }
}
