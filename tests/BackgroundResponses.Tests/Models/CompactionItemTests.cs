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
}
