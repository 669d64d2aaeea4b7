using Azure.Identity;
using BackgroundResponses.Azure;

namespace BackgroundResponses.Samples;

/// <summary>
/// Which Responses API a sample talks to, read once from the environment; linked into every sample, so they all decide
/// the same way. In order:
/// <list type="number">
/// <item><c>AZURE_OPENAI_ENDPOINT</c> (the resource's endpoint, such as <c>https://contoso.openai.azure.com/</c>): Azure OpenAI
/// or Microsoft Foundry, signed in with <c>AZURE_OPENAI_API_KEY</c> in the <c>api-key</c> header, or, without a key, keyless
/// through <c>DefaultAzureCredential</c> (Azure CLI, Visual Studio, azd, a managed identity); the model is the deployment
/// named by <c>AZURE_OPENAI_DEPLOYMENT</c>.</item>
/// <item><c>OPENAI_API_KEY</c>: OpenAI, with <c>OPENAI_MODEL</c> as the model.</item>
/// <item>Neither: offline, against the sample's in-process fake.</item>
/// </list>
/// Keys are passed to the client and never printed.
/// </summary>
internal sealed class SampleApi
{
    public const string AzureEndpointVariable = "AZURE_OPENAI_ENDPOINT";
    public const string AzureApiKeyVariable = "AZURE_OPENAI_API_KEY";
    public const string AzureDeploymentVariable = "AZURE_OPENAI_DEPLOYMENT";
    public const string OpenAIApiKeyVariable = ResponsesClientOptions.ApiKeyEnvironmentVariable;
    public const string OpenAIModelVariable = "OPENAI_MODEL";

    /// <summary>What the offline startup lines add, so each says how to go online.</summary>
    public const string GoOnlineHint = $"set {OpenAIApiKeyVariable}, or {AzureEndpointVariable} with {AzureApiKeyVariable} or keyless sign-in, to use a real one";

    private readonly string? _azureApiKey;

    private SampleApi(Uri? azureBaseAddress, string? azureApiKey, bool isOnline, string? configuredModel, string model)
    {
        AzureBaseAddress = azureBaseAddress;
        _azureApiKey = azureApiKey;
        IsOnline = isOnline;
        ConfiguredModel = configuredModel;
        Model = model;
    }

    /// <summary>Gets a value indicating whether a real API is used (Azure OpenAI or OpenAI); otherwise the sample runs offline.</summary>
    public bool IsOnline { get; }

    /// <summary>Gets a value indicating whether the API is Azure OpenAI.</summary>
    public bool IsAzure => AzureBaseAddress is not null;

    /// <summary>Gets a value indicating whether Azure sign-in is keyless (Microsoft Entra ID through <c>DefaultAzureCredential</c>).</summary>
    public bool IsKeyless => IsAzure && _azureApiKey is null;

    /// <summary>Gets the Azure resource's v1 API root (<c>https://{resource}.openai.azure.com/openai/v1/</c>); <see langword="null"/> unless Azure.</summary>
    public Uri? AzureBaseAddress { get; }

    /// <summary>Gets the model (the deployment's name on Azure) the environment names, or <see langword="null"/> when it names none.</summary>
    public string? ConfiguredModel { get; }

    /// <summary>Gets the model online: <see cref="ConfiguredModel"/>, else the sample's default.</summary>
    public string Model { get; }

    /// <summary>Gets the startup line of an online run: which API, which model, how signed in. Never a key.</summary>
    public string Description => !IsAzure
        ? $"Online: OpenAI Responses API, model {Model} ({OpenAIApiKeyVariable} is set)."
        : IsKeyless
            ? $"Online: Azure OpenAI at {AzureBaseAddress}, deployment {Model}, signed in keyless (DefaultAzureCredential; {AzureApiKeyVariable} is not set)."
            : $"Online: Azure OpenAI at {AzureBaseAddress}, deployment {Model}, signed in with the api-key header ({AzureApiKeyVariable}).";

    /// <summary>Reads the environment.</summary>
    /// <param name="defaultModel">The model online when <c>AZURE_OPENAI_DEPLOYMENT</c> (Azure) or <c>OPENAI_MODEL</c> (OpenAI) is not set.</param>
    /// <returns>The API to use.</returns>
    /// <exception cref="InvalidOperationException"><c>AZURE_OPENAI_ENDPOINT</c> is set but is not an Azure OpenAI endpoint.</exception>
    public static SampleApi FromEnvironment(string defaultModel)
    {
        if (Read(AzureEndpointVariable) is { } endpoint)
        {
            var deployment = Read(AzureDeploymentVariable);
            return new SampleApi(ParseAzureEndpoint(endpoint), Read(AzureApiKeyVariable), isOnline: true, deployment, deployment ?? defaultModel);
        }

        if (Read(OpenAIApiKeyVariable) is not null)
        {
            var model = Read(OpenAIModelVariable);
            return new SampleApi(azureBaseAddress: null, azureApiKey: null, isOnline: true, model, model ?? defaultModel);
        }

        return new SampleApi(azureBaseAddress: null, azureApiKey: null, isOnline: false, configuredModel: null, defaultModel);
    }

    /// <summary>Options for a client of this API: Azure's address and sign-in, or (OpenAI) the defaults, which read <c>OPENAI_API_KEY</c>.</summary>
    /// <param name="applicationId">The sample's name, put in the User-Agent.</param>
    /// <returns>New options.</returns>
    public ResponsesClientOptions CreateOptions(string applicationId)
    {
        var options = new ResponsesClientOptions { ApplicationId = applicationId };
        Configure(options);
        return options;
    }

    /// <summary>Points <paramref name="options"/> at Azure and signs them in there; leaves them alone for OpenAI.</summary>
    /// <param name="options">The options, for example in <c>services.PostConfigure&lt;ResponsesClientOptions&gt;(api.Configure)</c>.</param>
    public void Configure(ResponsesClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (AzureBaseAddress is null)
        {
            return;
        }

        options.BaseAddress = AzureBaseAddress;
        if (_azureApiKey is not null)
        {
            options.ApiKey = _azureApiKey;
            options.ApiKeyHeaderName = ResponsesClientOptions.AzureApiKeyHeaderName;
        }
        else
        {
            // Keyless: tokens for https://cognitiveservices.azure.com/.default; the identity needs "Cognitive Services OpenAI User".
            options.UseTokenCredential(new DefaultAzureCredential());
        }
    }

    /// <summary>
    /// The same settings as configuration values under <paramref name="section"/> (<c>BaseAddress</c>, <c>ApiKey</c>,
    /// <c>ApiKeyHeaderName</c>), for apps that bind their options: empty unless Azure with a key (keyless needs code, <see cref="Configure"/>).
    /// </summary>
    /// <param name="section">The options' configuration section, such as <c>OpenAI</c>.</param>
    /// <returns>The values, to add to the configuration.</returns>
    public IReadOnlyDictionary<string, string?> ToConfiguration(string section) => AzureBaseAddress is null || _azureApiKey is null
        ? new Dictionary<string, string?>()
        : new Dictionary<string, string?>
        {
            [$"{section}:{nameof(ResponsesClientOptions.BaseAddress)}"] = AzureBaseAddress.ToString(),
            [$"{section}:{nameof(ResponsesClientOptions.ApiKey)}"] = _azureApiKey,
            [$"{section}:{nameof(ResponsesClientOptions.ApiKeyHeaderName)}"] = ResponsesClientOptions.AzureApiKeyHeaderName,
        };

    /// <summary>What to do about a failure, when the sign-in explains it; <see langword="null"/> otherwise.</summary>
    /// <param name="exception">What the sample caught.</param>
    /// <returns>A hint to print after the error, or <see langword="null"/>.</returns>
    private string? HintFor(Exception exception) => IsKeyless && exception is ResponsesAuthenticationException
        ? $"Keyless sign-in found no Azure identity: sign in with `az login` (or Visual Studio, azd; a managed identity on Azure) as an identity with the role Cognitive Services OpenAI User on the resource, or set {AzureApiKeyVariable}."
        : null;

    /// <summary>Prints a sample's failure to standard error, then what to do about it when the sign-in explains it.</summary>
    /// <param name="message">What failed, without the leading mark.</param>
    /// <param name="exception">What the sample caught.</param>
    /// <returns>A task that completes when both lines are written.</returns>
    public async Task ReportFailureAsync(string message, Exception exception)
    {
        await Console.Error.WriteLineAsync($"✗ {message}");
        if (HintFor(exception) is { } hint)
        {
            await Console.Error.WriteLineAsync(hint);
        }
    }

    private static Uri ParseAzureEndpoint(string endpoint)
    {
        // The value itself is not echoed: a mistyped one may hold a key.
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"{AzureEndpointVariable} is not an absolute address: set it to the resource's endpoint, such as https://contoso.openai.azure.com/.");
        }

        try
        {
            return AzureResponsesEndpoint.ForResource(uri);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{AzureEndpointVariable} is not usable: {ex.Message}", ex);
        }
    }

    private static string? Read(string variable) => Environment.GetEnvironmentVariable(variable) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
