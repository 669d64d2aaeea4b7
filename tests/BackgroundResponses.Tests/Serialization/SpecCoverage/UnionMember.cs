using System.Text.Json.Nodes;

namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>One discriminator value of a spec union, with the schema that defines it.</summary>
/// <param name="Union">The union's name: a schema name, or <c>Schema.property</c> for a union found inside an item.</param>
/// <param name="Kind">The SDK base type that reads it.</param>
/// <param name="TypeValue">The <c>type</c> value, or the string itself for a string member (a tool-choice mode); empty when the spec gives none.</param>
/// <param name="SchemaName">The member schema (or, for an inline member, the union and its position).</param>
/// <param name="IsString">The member is a string value, not an object with a <c>type</c>.</param>
/// <param name="Schema">The member schema, <c>$ref</c> followed and <c>allOf</c> merged.</param>
internal sealed record UnionMember(string Union, UnionKind Kind, string TypeValue, string SchemaName, bool IsString, JsonObject Schema)
{
    public override string ToString() => $"{Union}: type \"{TypeValue}\" (schema {SchemaName})";
}
