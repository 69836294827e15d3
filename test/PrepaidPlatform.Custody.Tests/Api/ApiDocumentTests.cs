using System.Net;
using System.Text.Json;
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

    [Theory]
    [InlineData("/api/v1/custody/statements", "records", new[] { "accountNumber", "asOf", "balance", "custodyAmount", "availableAmount", "status", "remark", "reference" })]
    [InlineData("/api/v1/custody/policies", "policies", new[] { "policyNumber", "insuredUscc", "insuredAmount", "validFrom", "validTo" })]
    [InlineData("/api/v1/reporting/card-feed", "records", new[] { "uscc", "date", "prepaidTotal", "balance", "cardsIssued", "cardsWithBalance", "reference" })]
    public async Task The_document_lists_each_custody_post_with_its_request_schema(string path, string list, string[] fields)
    {
        var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = document.RootElement;
        root.GetProperty("paths").TryGetProperty(path, out var operations).ShouldBeTrue($"{path} is not in the document");
        var post = operations.GetProperty("post");
        var body = Resolve(root, post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var items = Resolve(root, body.GetProperty("properties").GetProperty(list).GetProperty("items"));
        items.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(fields, ignoreOrder: true);
        post.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue();
    }

    /// <summary>A schema itself, or the component its <c>$ref</c> names (#/components/schemas/…).</summary>
    private static JsonElement Resolve(JsonElement root, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;
}
