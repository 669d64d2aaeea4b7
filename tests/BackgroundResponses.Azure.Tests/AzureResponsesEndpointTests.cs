namespace BackgroundResponses.Azure.Tests;

public class AzureResponsesEndpointTests
{
    [Theory]
    [InlineData("https://contoso.openai.azure.com", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.openai.azure.com/", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.openai.azure.com/openai", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.openai.azure.com/openai/v1", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.services.ai.azure.com/", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.services.ai.azure.com/openai/v1/", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.services.ai.azure.com/api/projects/research", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("https://contoso.cognitiveservices.azure.com/", "https://contoso.cognitiveservices.azure.com/openai/v1/")]
    [InlineData("https://gateway.contoso.com/aoai/openai/v1", "https://gateway.contoso.com/aoai/openai/v1/")]
    [InlineData("https://gateway.contoso.com:8443/", "https://gateway.contoso.com:8443/openai/v1/")]
    [InlineData("http://127.0.0.1:5123/", "http://127.0.0.1:5123/openai/v1/")]
    [InlineData("http://localhost:5123/openai/v1", "http://localhost:5123/openai/v1/")]
    public void ForResource_GivesTheV1Root(string endpoint, string expected) =>
        Assert.Equal(new Uri(expected), AzureResponsesEndpoint.ForResource(new Uri(endpoint)));

    [Theory]
    [InlineData("https://contoso.openai.azure.com/?api-key=secret-key", "query")]
    [InlineData("https://contoso.openai.azure.com/openai/v1/#x", "query")]
    [InlineData("https://user:secret-key@contoso.openai.azure.com/", "query")]
    [InlineData("http://contoso.openai.azure.com/", "https")]
    [InlineData("ftp://contoso.openai.azure.com/", "https")]
    [InlineData("https://contoso.openai.azure.com/openai/deployments/gpt/chat", "path")]
    public void ForResource_RefusesWhatIsNotAnEndpoint(string endpoint, string said)
    {
        var error = Assert.Throws<ArgumentException>(() => AzureResponsesEndpoint.ForResource(new Uri(endpoint)));

        Assert.Equal("endpoint", error.ParamName);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForResource_RefusesARelativeAddress_AndNull()
    {
        Assert.Throws<ArgumentException>(() => AzureResponsesEndpoint.ForResource(new Uri("openai/v1", UriKind.Relative)));
        Assert.Throws<ArgumentNullException>(() => AzureResponsesEndpoint.ForResource(null!));
    }
}
