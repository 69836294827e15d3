using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Api;

/// <summary>
/// The kernel's request verifier (README · Machine clients), which every module's API uses: a request passes only with a
/// known, unrevoked key, a timestamp within five minutes and a signature over method, path, query, timestamp, nonce and
/// body; a nonce works once per client.
/// </summary>
public sealed class RequestSignatureTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Path = "/api/v1/custody/statements";
    private const string Body = """{"records":[]}""";

    [Fact]
    public async Task A_correctly_signed_request_passes_and_names_its_client()
    {
        var credential = await CreateClientAsync();
        var (result, client) = await VerifyAsync(credential, factory.Clock.GetUtcNow());
        result.ShouldBe(ApiVerification.Verified);
        client!.KeyId.ShouldBe(credential.KeyId);
        client.OwnerType.ShouldBe("test.institution");
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task A_timestamp_more_than_five_minutes_away_is_refused(int seconds)
    {
        var credential = await CreateClientAsync();
        (await VerifyAsync(credential, factory.Clock.GetUtcNow().AddSeconds(seconds))).Result.ShouldBe(ApiVerification.Unauthorized);
        (await VerifyAsync(credential, factory.Clock.GetUtcNow().AddSeconds(seconds > 0 ? 290 : -290))).Result.ShouldBe(ApiVerification.Verified);
    }

    [Fact]
    public async Task A_signature_over_another_body_path_or_secret_is_refused()
    {
        var credential = await CreateClientAsync();
        var now = factory.Clock.GetUtcNow();
        (await VerifyAsync(credential, now, tamperedBody: """{"records":[{}]}""")).Result.ShouldBe(ApiVerification.Unauthorized);
        (await VerifyAsync(credential, now, sentPath: Path + "?x=1")).Result.ShouldBe(ApiVerification.Unauthorized);
        (await VerifyAsync(credential with { Secret = "not-the-secret" }, now)).Result.ShouldBe(ApiVerification.Unauthorized);
        (await VerifyAsync(credential with { KeyId = "ak_unknown" }, now)).Result.ShouldBe(ApiVerification.Unauthorized);
    }

    [Fact]
    public async Task A_nonce_is_accepted_once_per_client()
    {
        var credential = await CreateClientAsync();
        var other = await CreateClientAsync();
        var now = factory.Clock.GetUtcNow();
        (await VerifyAsync(credential, now, nonce: "n-1")).Result.ShouldBe(ApiVerification.Verified);
        (await VerifyAsync(credential, now, nonce: "n-1")).Result.ShouldBe(ApiVerification.Replayed);
        (await VerifyAsync(other, now, nonce: "n-1")).Result.ShouldBe(ApiVerification.Verified);
    }

    [Fact]
    public async Task A_rotated_secret_replaces_the_old_one_and_a_revoked_key_stops_working()
    {
        var credential = await CreateClientAsync();
        var id = await IdOfAsync(credential);
        var rotated = await factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().RotateAsync(id));
        rotated!.KeyId.ShouldBe(credential.KeyId);
        rotated.Secret.ShouldNotBe(credential.Secret);
        (await VerifyAsync(credential, factory.Clock.GetUtcNow())).Result.ShouldBe(ApiVerification.Unauthorized);
        (await VerifyAsync(rotated, factory.Clock.GetUtcNow())).Result.ShouldBe(ApiVerification.Verified);

        (await factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().RevokeAsync(id))).ShouldBeTrue();
        (await VerifyAsync(rotated, factory.Clock.GetUtcNow())).Result.ShouldBe(ApiVerification.Unauthorized);
        (await factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().RotateAsync(id))).ShouldBeNull();
    }

    [Fact]
    public async Task The_secret_is_stored_encrypted()
    {
        var credential = await CreateClientAsync();
        (await factory.CountAsync("SELECT COUNT(*) FROM Platform_ApiClients WHERE KeyId = @k AND SecretProtected NOT LIKE @s",
            ("@k", credential.KeyId), ("@s", "%" + credential.Secret + "%"))).ShouldBe(1);
    }

    /// <summary>xunit makes one instance per test, so the clients of a test share this owner and no other test's.</summary>
    private readonly Guid _owner = Guid.NewGuid();

    private Task<IssuedApiCredential> CreateClientAsync() =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync("test.institution", _owner, "测试"));

    private async Task<Guid> IdOfAsync(IssuedApiCredential credential) =>
        (await factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().ListAsync("test.institution", _owner)))
            .Single(c => c.KeyId == credential.KeyId).Id;

    /// <summary>Signs <see cref="Body"/> for <see cref="Path"/> and runs the verifier on it as the host would.</summary>
    private Task<(ApiVerification Result, ApiClientInfo? Client)> VerifyAsync(
        IssuedApiCredential credential, DateTimeOffset at, string? nonce = null, string? tamperedBody = null, string? sentPath = null) =>
        factory.InScopeAsync(async sp =>
        {
            using var signed = ApiSigner.Signed(HttpMethod.Post, Path, Body, credential, at, nonce);
            var context = new DefaultHttpContext { RequestServices = sp };
            var request = context.Request;
            request.Method = "POST";
            var path = sentPath ?? Path;
            var query = path.IndexOf('?', StringComparison.Ordinal);
            request.Path = query < 0 ? path : path[..query];
            request.QueryString = query < 0 ? QueryString.Empty : new QueryString(path[query..]);
            var body = Encoding.UTF8.GetBytes(tamperedBody ?? Body);
            request.Body = new MemoryStream(body);
            request.ContentLength = body.Length;
            foreach (var header in signed.Headers)
            {
                request.Headers[header.Key] = header.Value.Single();
            }

            var result = await sp.GetRequiredService<ApiRequestVerifier>().VerifyAsync(request, CancellationToken.None);
            return (result, sp.GetRequiredService<ICurrentApiClient>().Client);
        });
}
