using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Api;

/// <summary>
/// The signed API over HTTP (the self-check <c>GET /api/v1/platform/client</c>): answers as RFC 7807 problem documents
/// with a Chinese detail, one and the same 401 for every authentication failure, 409 for a replay.
/// </summary>
public sealed class SignedApiHttpTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Path = "/api/v1/platform/client";

    /// <summary>xunit makes one instance per test, so the clients of a test share this owner and no other test's.</summary>
    private readonly Guid _owner = Guid.NewGuid();

    [Fact]
    public async Task A_signed_request_learns_its_client()
    {
        var credential = await CreateClientAsync();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(ApiSigner.Signed(HttpMethod.Get, Path, null, credential, factory.Clock.GetUtcNow()));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(credential.KeyId);
    }

    [Fact]
    public async Task Bad_signature_unknown_key_revoked_key_and_stale_timestamp_all_get_the_same_401()
    {
        var credential = await CreateClientAsync();
        var revoked = await CreateClientAsync();
        await factory.InScopeAsync(async sp =>
        {
            var clients = sp.GetRequiredService<IApiClients>();
            var id = (await clients.ListAsync("test.institution", _owner)).Single(c => c.KeyId == revoked.KeyId).Id;
            await clients.RevokeAsync(id);
        });
        var now = factory.Clock.GetUtcNow();
        using var client = factory.CreateClient();
        var bodies = new List<string>();
        foreach (var request in new[]
        {
            ApiSigner.Signed(HttpMethod.Get, Path, null, credential with { Secret = "wrong" }, now),
            ApiSigner.Signed(HttpMethod.Get, Path, null, credential with { KeyId = "ak_nobody" }, now),
            ApiSigner.Signed(HttpMethod.Get, Path, null, revoked, now),
            ApiSigner.Signed(HttpMethod.Get, Path, null, credential, now.AddMinutes(-6)),
            new HttpRequestMessage(HttpMethod.Get, Path),
        })
        {
            using var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        bodies.Distinct().Count().ShouldBe(1);
        JsonDocument.Parse(bodies[0]).RootElement.GetProperty("detail").GetString().ShouldBe(ApiProblems.UnauthorizedDetail);
    }

    [Fact]
    public async Task A_replayed_request_gets_409()
    {
        var credential = await CreateClientAsync();
        var now = factory.Clock.GetUtcNow();
        using var client = factory.CreateClient();
        using var first = await client.SendAsync(ApiSigner.Signed(HttpMethod.Get, Path, null, credential, now, "same-nonce"));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var replay = await client.SendAsync(ApiSigner.Signed(HttpMethod.Get, Path, null, credential, now, "same-nonce"));
        replay.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        replay.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(await replay.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString().ShouldBe(ApiProblems.ReplayDetail);
    }

    private Task<IssuedApiCredential> CreateClientAsync() =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync("test.institution", _owner, "测试"));
}
