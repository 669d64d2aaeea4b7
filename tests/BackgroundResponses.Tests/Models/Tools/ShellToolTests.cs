namespace BackgroundResponses.Tests.Models.Tools;

public class ShellToolTests
{
    [Fact]
    public void ContainerAuto_RoundTrips()
    {
        var tool = ToolJson.RoundTrip<ShellTool>("""
            {"type":"shell","allowed_callers":["direct"],"environment":{"type":"container_auto","file_ids":["file-123"],"memory_limit":"16g",
             "network_policy":{"type":"disabled"},
             "skills":[{"type":"skill_reference","skill_id":"skill_1","version":"latest"},
                       {"type":"inline","name":"csv","description":"Reads CSV.","source":{"type":"base64","media_type":"application/zip","data":"UEsDBA=="}}]}}
            """);

        var environment = Assert.IsType<ShellContainerAutoEnvironment>(tool.Environment);
        Assert.Equal(["file-123"], environment.FileIds!);
        Assert.Equal(ContainerMemoryLimit.SixteenGigabytes, environment.MemoryLimit);
        Assert.Equal(ContainerNetworkPolicy.DisabledType, environment.NetworkPolicy!.Type);
        Assert.Equal(ShellContainerSkill.ReferenceType, environment.Skills![0].Type);
        Assert.Equal("skill_1", environment.Skills[0].SkillId);
        Assert.Equal("latest", environment.Skills[0].Version);
        Assert.Equal(ShellContainerSkill.InlineType, environment.Skills[1].Type);
        Assert.Equal("csv", environment.Skills[1].Name);
        Assert.Equal("Reads CSV.", environment.Skills[1].Description);
        Assert.Equal("UEsDBA==", environment.Skills[1].Source!.Data);
        Assert.Equal("application/zip", environment.Skills[1].Source!.MediaType);
        Assert.Equal([ToolCaller.Direct], tool.AllowedCallers!);
    }

    [Fact]
    public void LocalAndReference_RoundTrip()
    {
        var local = Assert.IsType<ShellLocalEnvironment>(ToolJson.RoundTrip<ShellTool>("""
            {"type":"shell","environment":{"type":"local","skills":[{"name":"lint","description":"Runs the linter.","path":"/skills/lint"}]}}
            """).Environment);
        Assert.Equal(("lint", "Runs the linter.", "/skills/lint"), (local.Skills![0].Name, local.Skills[0].Description, local.Skills[0].Path));

        var reference = Assert.IsType<ShellContainerReferenceEnvironment>(ToolJson.RoundTrip<ShellTool>("""{"type":"shell","environment":{"type":"container_reference","container_id":"cntr_123"}}""").Environment);
        Assert.Equal("cntr_123", reference.ContainerId);

        Assert.Null(ToolJson.RoundTrip<ShellTool>("""{"type":"shell"}""").Environment);
    }

    [Fact]
    public void UnknownEnvironment_AndProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<ShellTool>("""{"type":"shell","environment":{"type":"vm","image":"ubuntu"},"timeout_ms":1000}""");

        Assert.Equal("vm", Assert.IsType<UnknownShellToolEnvironment>(tool.Environment).Type);
        Assert.Equal(["timeout_ms"], tool.AdditionalProperties!.Keys);

        var reference = ToolJson.RoundTrip<ShellTool>("""{"type":"shell","environment":{"type":"container_reference","container_id":"c","pin":true}}""");
        Assert.Equal(["pin"], reference.Environment!.AdditionalProperties!.Keys);
    }

    [Fact]
    public void Factories_WriteSpecShape()
    {
        var tool = new ShellTool
        {
            Environment = new ShellContainerAutoEnvironment
            {
                NetworkPolicy = ContainerNetworkPolicy.Allowlist("pypi.org"),
                Skills = [ShellContainerSkill.Reference("skill_1")],
            },
        };

        JsonAssert.Equal(
            """{"type":"shell","environment":{"type":"container_auto","network_policy":{"type":"allowlist","allowed_domains":["pypi.org"]},"skills":[{"type":"skill_reference","skill_id":"skill_1"}]}}""",
            ToolJson.Write(tool));
    }
}
