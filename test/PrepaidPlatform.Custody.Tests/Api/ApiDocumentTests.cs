using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Api;

/// <summary>The one OpenAPI document and its Scalar page, linked from the README, are served to anyone.</summary>
public sealed class ApiDocumentTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_openapi_document_and_the_scalar_page_are_served_anonymously()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var document = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        document.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await document.Content.ReadAsStringAsync();
        json.ShouldContain("\"openapi\"");
        json.ShouldContain("X-Api-Signature");

        using var page = await client.GetAsync(new Uri("/api/docs/", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"redirected to {page.Headers.Location}");
        (await page.Content.ReadAsStringAsync()).ShouldContain("机构接口文档");
    }
}
