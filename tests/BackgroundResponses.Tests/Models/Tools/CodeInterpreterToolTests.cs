using System.Text.Json;

namespace BackgroundResponses.Tests.Models.Tools;

public class CodeInterpreterToolTests
{
    [Fact]
    public void ContainerId_RoundTripsAsString()
    {
        var tool = ToolJson.RoundTrip<CodeInterpreterTool>("""{"type":"code_interpreter","container":"cntr_abc123","allowed_callers":["direct"]}""");

        Assert.Equal("cntr_abc123", tool.Container!.ContainerId);
        Assert.Null(tool.Container.Auto);
        Assert.Equal([ToolCaller.Direct], tool.AllowedCallers!);
    }

    [Fact]
    public void AutoContainer_RoundTripsAsObject()
    {
        var tool = ToolJson.RoundTrip<CodeInterpreterTool>("""
            {"type":"code_interpreter","container":{"type":"auto","file_ids":["file-123","file-456"],"memory_limit":"4g",
             "network_policy":{"type":"allowlist","allowed_domains":["pypi.org"],"domain_secrets":[{"domain":"pypi.org","name":"TOKEN","value":"s3cret"}]}}}
            """);

        Assert.Null(tool.Container!.ContainerId);
        var auto = tool.Container.Auto!;
        Assert.Equal("auto", auto.Type);
        Assert.Equal(["file-123", "file-456"], auto.FileIds!);
        Assert.Equal(ContainerMemoryLimit.FourGigabytes, auto.MemoryLimit);
        Assert.Equal(ContainerNetworkPolicy.AllowlistType, auto.NetworkPolicy!.Type);
        Assert.Equal(["pypi.org"], auto.NetworkPolicy.AllowedDomains!);
        var secret = Assert.Single(auto.NetworkPolicy.DomainSecrets!);
        Assert.Equal(("pypi.org", "TOKEN", "s3cret"), (secret.Domain, secret.Name, secret.Value));
    }

    [Fact]
    public void Factories_AndImplicitConversions_WriteSpecShape()
    {
        JsonAssert.Equal("""{"type":"code_interpreter","container":{"type":"auto"}}""", ToolJson.Write(CodeInterpreterTool.CreateAuto()));
        JsonAssert.Equal("""{"type":"code_interpreter","container":{"type":"auto","file_ids":["file-1"]}}""", ToolJson.Write(CodeInterpreterTool.CreateAuto("file-1")));
        JsonAssert.Equal("""{"type":"code_interpreter","container":"cntr_1"}""", ToolJson.Write(new CodeInterpreterTool { Container = "cntr_1" }));
        JsonAssert.Equal(
            """{"type":"code_interpreter","container":{"type":"auto","memory_limit":"1g","network_policy":{"type":"disabled"}}}""",
            ToolJson.Write(new CodeInterpreterTool { Container = new CodeInterpreterAutoContainer { MemoryLimit = ContainerMemoryLimit.OneGigabyte, NetworkPolicy = ContainerNetworkPolicy.Disabled() } }));
        Assert.Throws<ArgumentException>(() => CodeInterpreterContainer.FromId(""));
    }

    [Fact]
    public void BadContainer_IsAJsonError()
    {
        Assert.ThrowsAny<JsonException>(() => ToolJson.Read("""{"type":"code_interpreter","container":42}"""));
        Assert.ThrowsAny<JsonException>(() => ToolJson.Read("""{"type":"code_interpreter","container":" "}"""));
    }

    [Fact]
    public void UnknownProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<CodeInterpreterTool>("""{"type":"code_interpreter","container":{"type":"auto","gpu":true},"timeout":30}""");

        Assert.Equal(["timeout"], tool.AdditionalProperties!.Keys);
        Assert.Equal(["gpu"], tool.Container!.Auto!.AdditionalProperties!.Keys);
    }
}
