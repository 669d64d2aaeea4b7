using System.Diagnostics.CodeAnalysis;
using BackgroundResponses;
using BackgroundResponses.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds an endpoint that receives OpenAI webhooks: <c>app.MapResponsesWebhooks("/webhooks/openai", handler)</c>.</summary>
/// <remarks>
/// In the <c>Microsoft.AspNetCore.Builder</c> namespace, like ASP.NET Core's own <c>Map…</c> methods, so that it is
/// found on <c>app</c> in <c>Program.cs</c> without another <c>using</c>.
/// </remarks>
public static class ResponsesWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Adds a <c>POST</c> endpoint at <paramref name="pattern"/> that verifies each OpenAI webhook delivery and runs
    /// <paramref name="handler"/> with its typed event, once per delivery id.
    /// </summary>
    /// <param name="endpoints">The application, or a route group.</param>
    /// <param name="pattern">The route, for example <c>/webhooks/openai</c>: the URL given to OpenAI.</param>
    /// <param name="handler">
    /// Acts on the event (switch on <see cref="ResponseCompletedWebhookEvent"/>, <see cref="ResponseFailedWebhookEvent"/>
    /// and so on). Its token is cancelled when the sender hangs up. Keep it short (OpenAI waits a few seconds) and
    /// idempotent: delivery is at least once.
    /// </param>
    /// <returns>The endpoint's convention builder, for <c>RequireHost</c>, <c>WithName</c>, rate limiting and so on.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><c>AddResponsesWebhooks</c> was not called on the services.</exception>
    /// <remarks>
    /// <para>
    /// Answers: <c>413</c> for a body over <see cref="ResponsesWebhookOptions.MaxBodyBytes"/>; <c>400</c> for missing or
    /// malformed <c>webhook-*</c> headers or a body that is not an event; <c>401</c> for a signature that does not match
    /// or a timestamp outside <see cref="ResponsesWebhookOptions.Tolerance"/>; <c>200</c> once the handler returned, or
    /// at once for a delivery id handled before; <c>500</c> when the handler threw, so that OpenAI delivers it again.
    /// The handler runs only for verified deliveries.
    /// </para>
    /// <para>
    /// The endpoint allows anonymous requests, whatever the application's fallback authorization policy: OpenAI sends
    /// no credentials, and the signature is the authentication. Do not add <c>RequireAuthorization</c> to it.
    /// </para>
    /// </remarks>
    public static IEndpointConventionBuilder MapResponsesWebhooks(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<WebhookEvent, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return MapResponsesWebhooks(endpoints, pattern, (webhookEvent, _, cancellationToken) => handler(webhookEvent, cancellationToken));
    }

    /// <summary>
    /// Adds a <c>POST</c> endpoint at <paramref name="pattern"/> that verifies each OpenAI webhook delivery and runs
    /// <paramref name="handler"/> with its typed event and the request's services, once per delivery id.
    /// </summary>
    /// <param name="endpoints">The application, or a route group.</param>
    /// <param name="pattern">The route, for example <c>/webhooks/openai</c>: the URL given to OpenAI.</param>
    /// <param name="handler">
    /// Acts on the event; the <see cref="IServiceProvider"/> is the request's scope (<c>HttpContext.RequestServices</c>),
    /// so scoped services such as a <c>DbContext</c> can be resolved from it. Its token is cancelled when the sender
    /// hangs up. Keep it short (OpenAI waits a few seconds) and idempotent: delivery is at least once.
    /// </param>
    /// <returns>The endpoint's convention builder, for <c>RequireHost</c>, <c>WithName</c>, rate limiting and so on.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><c>AddResponsesWebhooks</c> was not called on the services.</exception>
    /// <remarks>
    /// See <see cref="MapResponsesWebhooks(IEndpointRouteBuilder, string, Func{WebhookEvent, CancellationToken, Task})"/>
    /// for the status codes and why the endpoint allows anonymous requests.
    /// </remarks>
    public static IEndpointConventionBuilder MapResponsesWebhooks(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<WebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);

        var endpoint = endpoints.ServiceProvider.GetService<ResponsesWebhookEndpoint>()
            ?? throw new InvalidOperationException(
                "MapResponsesWebhooks needs the services registered by AddResponsesWebhooks: call builder.Services.AddResponsesWebhooks() before building the application.");

        // A RequestDelegate, not a Delegate: no parameter binding to generate, so it is trimming- and AOT-safe.
        RequestDelegate receive = context => endpoint.HandleAsync(context, handler);
        return endpoints.MapPost(pattern, receive)
            .WithDisplayName($"OpenAI webhooks {pattern}")
            .WithMetadata(new AllowAnonymousAttribute());
    }
}
