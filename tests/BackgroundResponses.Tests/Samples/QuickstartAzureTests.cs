using System.Diagnostics;
using System.Reflection;
using BackgroundResponses.Testing;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Samples;

/// <summary>
/// Issue 14's "done when": the built Quickstart, given only <c>AZURE_OPENAI_ENDPOINT</c> (a resource address with no path) and
/// <c>AZURE_OPENAI_API_KEY</c>, completes its whole tour against a fake that answers the way Azure OpenAI does: under
/// <c>/openai/v1/</c>, and only to the key in the <c>api-key</c> header. It runs as a child process, as a user would run it; so
/// does the worker sample, whose key sign-in is bound from configuration.
/// </summary>
public sealed class QuickstartAzureTests
{
    private const string AzureKey = "some-azure-key";
    private const string OpenAIKey = "sk-openai-key-not-for-azure";

    // Time for the child's own tour (about 5 s against this fake) plus the runtime's start on a loaded machine.
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(50);

    [Fact]
    public async Task AzureEndpointWithKey_CompletesTheTourUnderOpenAiV1WithTheApiKeyHeader()
    {
        await using var server = await StartAzureShapedFakeAsync();

        // OPENAI_API_KEY as well: AZURE_OPENAI_ENDPOINT comes first, and the OpenAI key must not be sent as a bearer token.
        var run = await RunSampleAsync("Quickstart", new Dictionary<string, string>
        {
            ["AZURE_OPENAI_ENDPOINT"] = $"http://127.0.0.1:{server.BaseAddress.Port}/",
            ["AZURE_OPENAI_API_KEY"] = AzureKey,
            ["OPENAI_API_KEY"] = OpenAIKey,
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Online: Azure OpenAI at http://127.0.0.1:{server.BaseAddress.Port}/openai/v1/, deployment gpt-4.1-mini, signed in with the api-key header", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tour complete", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);

        // The key went where Azure wants it and only there: never as a bearer token, never printed.
        var requests = server.Requests;
        Assert.Equal(3, requests.Count(r => r.Method == "POST" && r.Path == "/openai/v1/responses"));
        Assert.Contains(requests, r => r.Method == "POST" && r.Path.StartsWith("/openai/v1/responses/", StringComparison.Ordinal) && r.Path.EndsWith("/cancel", StringComparison.Ordinal));
        Assert.All(requests, r =>
        {
            Assert.StartsWith("/openai/v1/", r.Path, StringComparison.Ordinal);
            Assert.Equal(RecordedRequest.RedactedValue, Header(r, "api-key"));
            Assert.Null(Header(r, "Authorization"));
        });
        Assert.DoesNotContain(AzureKey, run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(AzureKey, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(OpenAIKey, run.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkerService_AzureEndpointWithKey_BindsTheApiKeyHeaderFromConfigurationAndFinishesItsResponse()
    {
        await using var server = await StartAzureShapedFakeAsync();

        var run = await RunSampleAsync("WorkerService", new Dictionary<string, string>
        {
            ["AZURE_OPENAI_ENDPOINT"] = $"http://127.0.0.1:{server.BaseAddress.Port}/",
            ["AZURE_OPENAI_API_KEY"] = AzureKey,
            ["AZURE_OPENAI_DEPLOYMENT"] = "my-deployment",
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Online: Azure OpenAI at", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("token file deleted", run.Stdout, StringComparison.Ordinal);
        var create = Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.Equal("/openai/v1/responses", create.Path);
        Assert.Contains("\"model\":\"my-deployment\"", create.Body, StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.Equal(RecordedRequest.RedactedValue, Header(r, "api-key")));
        Assert.DoesNotContain(AzureKey, run.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkerService_AzureEndpointWithoutKey_SignsInWithTheCredentialSetInCode()
    {
        await using var server = await StartAzureShapedFakeAsync();

        // As below: DefaultAzureCredential limited to EnvironmentCredential, unavailable here, so the credential's own error shows.
        var run = await RunSampleAsync("WorkerService", new Dictionary<string, string>
        {
            ["AZURE_OPENAI_ENDPOINT"] = $"http://127.0.0.1:{server.BaseAddress.Port}/",
            ["AZURE_TOKEN_CREDENTIALS"] = "EnvironmentCredential",
        });

        Assert.Contains("signed in keyless (DefaultAzureCredential", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("ResponsesAuthenticationException: Getting a bearer token failed: the BearerTokenProvider threw CredentialUnavailableException", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AzureEndpointWithoutKey_SignsInKeylessAndWithNoIdentityFailsClearlyBeforeSendingAnything()
    {
        await using var server = await StartAzureShapedFakeAsync();

        // DefaultAzureCredential limited to EnvironmentCredential (with no AZURE_CLIENT_* set it is unavailable at once):
        // the run is the same on any machine, an `az login` on it changes nothing, and no managed-identity probe leaves it.
        var run = await RunSampleAsync("Quickstart", new Dictionary<string, string>
        {
            ["AZURE_OPENAI_ENDPOINT"] = $"http://127.0.0.1:{server.BaseAddress.Port}/",
            ["AZURE_TOKEN_CREDENTIALS"] = "EnvironmentCredential",
        });

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("deployment gpt-4.1-mini, signed in keyless (DefaultAzureCredential; AZURE_OPENAI_API_KEY is not set).", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Tour complete", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("ResponsesAuthenticationException: Getting a bearer token failed", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("The request was not sent.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Keyless sign-in found no Azure identity", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AzureEndpointThatIsNotOne_IsRefusedWithoutEchoingIt()
    {
        var run = await RunSampleAsync("Quickstart", new Dictionary<string, string>
        {
            ["AZURE_OPENAI_ENDPOINT"] = "https://contoso.openai.azure.com/?api-key=secret-in-the-address",
            ["AZURE_OPENAI_API_KEY"] = AzureKey,
        });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("AZURE_OPENAI_ENDPOINT is not usable", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-in-the-address", run.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AzureKey, run.ToString(), StringComparison.Ordinal);
    }

    private static Task<FakeResponsesServer> StartAzureShapedFakeAsync() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
    {
        ApiKey = AzureKey,
        ApiKeyHeaderName = "api-key",
        PathBase = "/openai/v1",
    });

    private static string? Header(RecordedRequest request, string name) =>
        request.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>
    /// Runs <c>dotnet {sample}.dll</c> from the sample's own output folder (same configuration and target framework as this
    /// test assembly; the test project's references build it) in a fresh working folder, with the variables given and none of
    /// the developer's: no OpenAI key, no other Azure setting.
    /// </summary>
    private static async Task<ChildRun> RunSampleAsync(string sample, IReadOnlyDictionary<string, string> variables)
    {
        var configuration = typeof(QuickstartAzureTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var targetFramework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var dll = Path.Combine(RepositoryFiles.Root, "samples", sample, "bin", configuration, targetFramework, $"{sample}.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project's reference to samples/{sample} builds it");

        var workingDirectory = Directory.CreateTempSubdirectory("br-sample-");
        try
        {
            return await RunAsync(dll, workingDirectory.FullName, variables);
        }
        finally
        {
            workingDirectory.Delete(recursive: true);
        }
    }

    private static async Task<ChildRun> RunAsync(string dll, string workingDirectory, IReadOnlyDictionary<string, string> variables)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("OPENAI_", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("AZURE_", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("IDENTITY_", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("MSI_", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("IMDS_", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ChildTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{Path.GetFileName(dll)} did not end within {ChildTimeout.TotalSeconds:0} s:\n{await stdout}\n{await stderr}");
        }

        return new ChildRun(process.ExitCode, await stdout, await stderr);
    }

    private sealed record ChildRun(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }
}
