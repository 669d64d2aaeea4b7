using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace WorkerService;

/// <summary>Builds the worker's host; shared by <c>Program</c> and the tests so both run the same wiring.</summary>
public static class WorkerHost
{
    /// <summary>Builds a host that runs <see cref="ResponseJobWorker"/>.</summary>
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--Worker:TokenFile=…</c>).</param>
    /// <param name="configure">Adjusts the builder before the services are added, for example to add settings.</param>
    /// <returns>The host, not started.</returns>
    public static IHost Build(string[] args, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        configure?.Invoke(builder);

        // Section "OpenAI": ApiKey (or OPENAI_API_KEY), ApiKeyHeaderName ("api-key" on Azure), BaseAddress, Retry, Streaming;
        // validated when the host starts. A BearerTokenProvider (keyless Azure) is code: Program sets it after binding.
        builder.Services.AddResponsesClient(builder.Configuration.GetSection("OpenAI"));
        builder.Services.Configure<ResponseJobOptions>(builder.Configuration.GetSection(ResponseJobOptions.SectionName));
        builder.Services.AddTransient<ResumableResponseJob>();
        builder.Services.AddSingleton<ResponseJobOutcome>();
        builder.Services.AddHostedService<ResponseJobWorker>();
        return builder.Build();
    }
}
