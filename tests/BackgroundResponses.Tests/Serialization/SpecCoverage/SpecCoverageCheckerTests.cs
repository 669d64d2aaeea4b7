namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>
/// The coverage check itself, on tiny inline specs: a union value the SDK does not type is reported by union, value
/// and schema; every way a spec states a discriminator value is found; the allow-list cannot go stale.
/// </summary>
public class SpecCoverageCheckerTests
{
    private const string SpecWithAFutureItem = """
        openapi: 3.1.0
        components:
          schemas:
            OutputItem:
              oneOf:
                - $ref: '#/components/schemas/OutputMessage'
                - $ref: '#/components/schemas/FutureThing'
              discriminator:
                propertyName: type
            OutputMessage:
              type: object
              properties:
                type:
                  type: string
                  enum: [message]
                role:
                  type: string
                  enum: [assistant]
                content:
                  type: array
                  items:
                    $ref: '#/components/schemas/OutputContent'
              required: [type, role, content]
            OutputContent:
              oneOf:
                - $ref: '#/components/schemas/Refusal'
            Refusal:
              type: object
              properties:
                type:
                  type: string
                  enum: [refusal]
                refusal:
                  type: string
              required: [type, refusal]
            FutureThing:
              type: object
              properties:
                type:
                  type: string
                  enum: [future_type]
                id:
                  type: string
                count:
                  type: integer
              required: [type, id, count]
        """;

    private static readonly (string, UnionKind)[] OutputItemRoot = [("OutputItem", UnionKind.Item)];

    [Fact]
    public void AUnionValueTheSdkDoesNotType_IsReportedWithItsUnionValueAndSchema()
    {
        var spec = OpenApiSpec.Parse(SpecWithAFutureItem);

        var report = SpecCoverageChecker.Check(spec, SpecUnionCatalog.Discover(spec, OutputItemRoot), allowList: []);

        Assert.False(report.IsClean);
        var untyped = Assert.Single(report.Untyped);
        Assert.Equal(("OutputItem", "future_type", "FutureThing", nameof(UnknownResponseItem)), (untyped.Member.Union, untyped.Member.TypeValue, untyped.Member.SchemaName, untyped.ReadAs));
        Assert.Contains("OutputItem: type \"future_type\" (schema FutureThing) -> read as UnknownResponseItem", report.Describe(), StringComparison.Ordinal);

        // The typed members were checked too, the message's content union found through the message itself.
        Assert.Contains(report.Checked, c => c.Member is { Union: "OutputItem", TypeValue: "message" } && c.Reading.IsTyped && c.Reading.ReadAs == nameof(MessageItem));
        Assert.Contains(report.Checked, c => c.Member is { Union: "OutputMessage.content", TypeValue: "refusal" } && c.Reading.ReadAs == nameof(RefusalPart));
        Assert.Empty(report.NotRoundTripped);
    }

    [Fact]
    public void AnAllowListedValue_IsNotReported_AndAnEntryNoLongerNeeded_IsReportedAsStale()
    {
        var spec = OpenApiSpec.Parse(SpecWithAFutureItem);
        var members = SpecUnionCatalog.Discover(spec, OutputItemRoot);

        var allowed = SpecCoverageChecker.Check(spec, members, [new AllowListEntry(UnionKind.Item, "future_type", "not released")]);
        var stale = SpecCoverageChecker.Check(spec, members, [new AllowListEntry(UnionKind.Item, "future_type", "not released"), new AllowListEntry(UnionKind.Item, "message", "typed now"), new AllowListEntry(UnionKind.Item, "gone", "not in the spec")]);

        Assert.True(allowed.IsClean, allowed.Describe());
        Assert.Equal(["message", "gone"], stale.StaleAllowListEntries.Select(e => e.TypeValue));
        Assert.Contains("Item \"gone\"", stale.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void DiscriminatorValues_AreReadFromMappingEnumConstDefaultNullableAndAllOf_AndStringMembersAreModes()
    {
        var spec = OpenApiSpec.Parse("""
            components:
              schemas:
                Choice:
                  oneOf:
                    - $ref: '#/components/schemas/Modes'
                    - $ref: '#/components/schemas/ByMapping'
                    - $ref: '#/components/schemas/ByConst'
                    - $ref: '#/components/schemas/ByDefault'
                    - $ref: '#/components/schemas/Nullable'
                    - $ref: '#/components/schemas/Extended'
                    - $ref: '#/components/schemas/Hosted'
                    - type: string
                    - type: 'null'
                  discriminator:
                    propertyName: type
                    mapping:
                      mapped_a: '#/components/schemas/ByMapping'
                      mapped_b: '#/components/schemas/ByMapping'
                Modes:
                  type: string
                  enum: [none, auto]
                ByMapping:
                  type: object
                  properties:
                    type:
                      type: string
                ByConst:
                  type: object
                  properties:
                    type:
                      const: by_const
                ByDefault:
                  type: object
                  properties:
                    type:
                      type: string
                      default: by_default
                Nullable:
                  type: object
                  properties:
                    type:
                      anyOf:
                        - type: string
                          enum: [nullable]
                        - type: 'null'
                Extended:
                  allOf:
                    - $ref: '#/components/schemas/ByConst'
                    - type: object
                      properties:
                        type:
                          enum: [extended]
                Hosted:
                  type: object
                  properties:
                    type:
                      type: string
                      enum: [one, two]
            """);

        var members = SpecUnionCatalog.Discover(spec, [("Choice", UnionKind.ToolChoice)]);

        Assert.Equal(
            ["none", "auto", "mapped_a", "mapped_b", "by_const", "by_default", "nullable", "extended", "one", "two"],
            members.Select(m => m.TypeValue));
        Assert.All(members, m => Assert.Equal(m.TypeValue is "none" or "auto", m.IsString));
        Assert.Equal("Extended", members.Single(m => m.TypeValue == "extended").SchemaName);
    }

    [Fact]
    public void AnItemsOutputList_IsAContentUnion_OnlyWhenItsPartsAreTyped()
    {
        var spec = OpenApiSpec.Parse("""
            components:
              schemas:
                Item:
                  oneOf:
                    - $ref: '#/components/schemas/ToolOutput'
                    - $ref: '#/components/schemas/ShellOutput'
                ToolOutput:
                  type: object
                  properties:
                    type:
                      enum: [function_call_output]
                    output:
                      oneOf:
                        - type: string
                        - type: array
                          items:
                            oneOf:
                              - $ref: '#/components/schemas/Text'
                Text:
                  type: object
                  properties:
                    type:
                      enum: [input_text]
                ShellOutput:
                  type: object
                  properties:
                    type:
                      enum: [shell_call_output]
                    output:
                      type: array
                      items:
                        $ref: '#/components/schemas/Record'
                Record:
                  type: object
                  properties:
                    stdout:
                      type: string
            """);

        var members = SpecUnionCatalog.Discover(spec, [("Item", UnionKind.Item)]);

        Assert.Equal(["Item function_call_output", "Item shell_call_output", "ToolOutput.output input_text"], members.Select(m => $"{m.Union} {m.TypeValue}"));
    }

    [Fact]
    public void AMemberWithoutADiscriminatorValue_IsReported()
    {
        var spec = OpenApiSpec.Parse("""
            components:
              schemas:
                Tool:
                  oneOf:
                    - $ref: '#/components/schemas/Untagged'
                Untagged:
                  type: object
                  properties:
                    name:
                      type: string
            """);

        var report = SpecCoverageChecker.Check(spec, SpecUnionCatalog.Discover(spec, [("Tool", UnionKind.Tool)]), allowList: []);

        Assert.Equal("Untagged", Assert.Single(report.WithoutTypeValue).SchemaName);
        Assert.Contains("Tool: type \"\" (schema Untagged)", report.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARootTheSpecNoLongerHas_FailsDiscovery()
    {
        var spec = OpenApiSpec.Parse("components:\n  schemas:\n    Other:\n      type: object\n");

        var error = Assert.Throws<InvalidOperationException>(() => SpecUnionCatalog.Discover(spec, OutputItemRoot));

        Assert.Contains("components.schemas.OutputItem", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimalDocument_HoldsTheRequiredPropertiesOnly_WithTheMembersType()
    {
        var spec = OpenApiSpec.Parse(SpecWithAFutureItem);
        var future = SpecUnionCatalog.Discover(spec, OutputItemRoot).Single(m => m.TypeValue == "future_type");

        JsonAssert.Equal("""{"type":"future_type","id":"x","count":0}""", SpecDocumentBuilder.Build(spec, future).ToJsonString());
    }

    [Fact]
    public void ABlockScalarOfOnlyAllSpaceLines_IsRead_AsYamlDefinesIt()
    {
        // The shipped spec has one (CreateRunRequest.stop's example); YamlDotNet alone rejects it.
        var spec = OpenApiSpec.Parse("components:\n  schemas:\n    Stop:\n      type: string\n      example: |+\n            \n      nullable: true\n");

        Assert.Equal("\n", spec.Schema("Stop")["example"]!.GetValue<string>());
        Assert.True(spec.Schema("Stop")["nullable"]!.GetValue<bool>());
    }
}
