using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Tests.Onboarding;

/// <summary>
/// Issue 15: the electronic business licence service's QR login through the HTTP adapter, against an in-process fake of
/// the service: signed requests, a session the legal representative confirms, and no belief in an answer that is not
/// signed with the shared key (a forged "confirmed" would let anyone act for an entity).
/// </summary>
public sealed class HttpLicenceVerifierTests
{
    private const string Key = FakeLicenceService.Key;
    private static readonly IClock Clock = new PlatformClock(TimeProvider.System);

    private static HttpLicenceVerifier Verifier(FakeLicenceService service, TimeSpan? timeout = null, ILicenceCallbacks? pushed = null) =>
        new(new FakeFactory(service), Options.Create(new HttpLicenceServiceOptions
        {
            Url = new Uri("https://licence.test/api/"),
            AppId = FakeLicenceService.AppId,
            Key = Key,
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
        }), Clock, pushed ?? new Pushed());

    [Fact]
    public async Task A_session_is_opened_with_a_signed_request_and_confirmed_when_the_legal_representative_scans()
    {
        var service = new FakeLicenceService();
        var verifier = Verifier(service);

        var challenge = await verifier.CreateChallengeAsync(CancellationToken.None);
        challenge.QrContent.ShouldBe($"https://licence.test/scan/{challenge.Id}");
        challenge.ExpiresAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        service.BadSignatures.ShouldBe(0, "the service checks each request's signature");

        var pending = await verifier.GetStatusAsync(challenge.Id, CancellationToken.None);
        pending.State.ShouldBe(LicenceChallengeState.Pending);
        pending.Licence.ShouldBeNull();

        service.Confirm(challenge.Id, SandboxEntities.All[1]);
        var confirmed = await verifier.GetStatusAsync(challenge.Id, CancellationToken.None);
        confirmed.State.ShouldBe(LicenceChallengeState.Confirmed);
        confirmed.Licence.ShouldBe(SandboxEntities.All[1]);
        service.BadSignatures.ShouldBe(0);
    }

    [Fact]
    public async Task An_answer_not_signed_with_the_shared_key_is_not_believed()
    {
        var service = new FakeLicenceService();
        var verifier = Verifier(service);
        var challenge = await verifier.CreateChallengeAsync(CancellationToken.None);
        service.Confirm(challenge.Id, SandboxEntities.All[0]);

        service.AnswerKey = "someone-elses-key";
        var status = await verifier.GetStatusAsync(challenge.Id, CancellationToken.None);
        status.State.ShouldBe(LicenceChallengeState.Pending);
        status.Licence.ShouldBeNull();
        status.Message.ShouldBe("暂时无法从电子营业执照服务读取确认结果，请稍后再试。");
    }

    [Fact]
    public async Task Expired_and_refused_sessions_say_so_in_Chinese()
    {
        var service = new FakeLicenceService();
        var verifier = Verifier(service);
        var expired = await verifier.CreateChallengeAsync(CancellationToken.None);
        service.SetState(expired.Id, "expired");
        (await verifier.GetStatusAsync(expired.Id, CancellationToken.None)).Message.ShouldBe("二维码已过期，请点击“刷新二维码”后重新扫码。");

        var refused = await verifier.CreateChallengeAsync(CancellationToken.None);
        service.SetState(refused.Id, "refused");
        var answer = await verifier.GetStatusAsync(refused.Id, CancellationToken.None);
        answer.State.ShouldBe(LicenceChallengeState.Refused);
        answer.Message.ShouldBe("法定代表人拒绝了授权。");
    }

    [Fact]
    public async Task A_service_that_is_down_or_late_confirms_nothing_and_a_session_it_cannot_open_is_a_Chinese_error()
    {
        var service = new FakeLicenceService();
        var verifier = Verifier(service, TimeSpan.FromMilliseconds(300));
        var challenge = await verifier.CreateChallengeAsync(CancellationToken.None);
        service.Confirm(challenge.Id, SandboxEntities.All[0]);

        service.Down = true;
        (await verifier.GetStatusAsync(challenge.Id, CancellationToken.None)).State.ShouldBe(LicenceChallengeState.Pending);
        (await Should.ThrowAsync<InvalidOperationException>(() => verifier.CreateChallengeAsync(CancellationToken.None)))
            .Message.ShouldBe("电子营业执照服务暂时无法访问，请稍后刷新二维码。");

        service.Down = false;
        service.Delay = Timeout.InfiniteTimeSpan;
        (await verifier.GetStatusAsync(challenge.Id, CancellationToken.None)).State.ShouldBe(LicenceChallengeState.Pending);
    }

    [Fact]
    public async Task An_outcome_the_service_pushed_is_used_without_asking_the_service()
    {
        var service = new FakeLicenceService();
        var pushed = new Pushed();
        var verifier = Verifier(service, pushed: pushed);
        var challenge = await verifier.CreateChallengeAsync(CancellationToken.None);
        pushed.Outcomes[challenge.Id] = HttpLicenceVerifier.StatusOf(LicenceChallengeState.Confirmed, SandboxEntities.All[2], null);
        service.Down = true;

        var status = await verifier.GetStatusAsync(challenge.Id, CancellationToken.None);
        status.State.ShouldBe(LicenceChallengeState.Confirmed);
        status.Licence.ShouldBe(SandboxEntities.All[2]);
        service.Queries.ShouldBe(0, "a pushed outcome needs no query");

        var other = await Should.ThrowAsync<InvalidOperationException>(() => verifier.CreateChallengeAsync(CancellationToken.None));
        other.Message.ShouldBe("电子营业执照服务暂时无法访问，请稍后刷新二维码。");
    }

    /// <summary>The pushed outcomes, as the table behind <see cref="LicenceCallbacks"/> holds them (tested on both databases in LicenceCallbackTests).</summary>
    private sealed class Pushed : ILicenceCallbacks
    {
        public Dictionary<string, LicenceChallengeStatus> Outcomes { get; } = [];

        public Task<LicenceChallengeStatus?> FindAsync(string sessionId, CancellationToken cancellationToken) =>
            Task.FromResult(Outcomes.TryGetValue(sessionId, out var status) ? status : null);
    }
}
