using System.Text.Json.Serialization;

namespace BackgroundResponses.Tests.TestSupport;

[JsonSerializable(typeof(string))]
internal sealed partial class TestJson : JsonSerializerContext
{
}
