using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Api;

/// <summary>
/// 履约保证保险 (SPEC C4): an active insurer pushes policies through <c>POST /api/v1/custody/policies</c>; each record is
/// accepted, duplicate, updated or refused with a Chinese reason; a valid policy offsets the requirement.
/// </summary>
public sealed class PolicyApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Path = "/api/v1/custody/policies";

    private async Task<IssuedApiCredential> InstitutionKeyAsync(InstitutionKind kind, InstitutionStatus status = InstitutionStatus.Active) =>
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var institution = new CustodyInstitution(Guid.NewGuid(), kind, kind == InstitutionKind.Bank ? "北京银行" : "测试财产保险公司",
                SupervisedOperators.RandomUscc(), kind == InstitutionKind.Bank ? "BOB" : null, "联系人", "13900000000", DateTime.UtcNow);
            institution.SetStatus(status);
            db.Add(institution);
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<IApiClients>().CreateAsync(CustodyApiOwner.Institution, institution.Id, "测试密钥");
        });

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(IssuedApiCredential key, string json)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(ApiSigner.Signed(HttpMethod.Post, Path, json, key, factory.Clock.GetUtcNow()));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Batch(params object[] policies) => JsonSerializer.Serialize(new { policies });

    private static object Policy(string number, string uscc, object amount, string from = "2026-01-01", string to = "2027-12-31") =>
        new { policyNumber = number, insuredUscc = uscc, insuredAmount = amount, validFrom = from, validTo = to };

    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));

    [Fact]
    public async Task A_policy_is_accepted_once_then_a_duplicate_then_updated_and_it_offsets_the_requirement()
    {
        var insurer = await InstitutionKeyAsync(InstitutionKind.Insurer);
        var uscc = SupervisedOperators.RandomUscc();
        var op = await factory.AnOperatorAsync("110108", 34_510_000, uscc: uscc);
        await factory.StatementAsync(op, 34_510_000, 11_990_000);
        var number = "PB" + Guid.NewGuid().ToString("N")[..10];
        var (from, to) = (Today.AddDays(-1).ToString("yyyy-MM-dd"), Today.AddDays(30).ToString("yyyy-MM-dd"));

        var first = await PostAsync(insurer, Batch(Policy(number, uscc, 20000.00m, from, to)));
        first.Status.ShouldBe(HttpStatusCode.OK);
        first.Body.GetProperty("results")[0].GetProperty("result").GetString().ShouldBe("accepted");
        (await PostAsync(insurer, Batch(Policy(number, uscc, 20000.00m, from, to)))).Body.GetProperty("results")[0].GetProperty("result").GetString().ShouldBe("duplicate");
        var updated = await PostAsync(insurer, Batch(Policy(number, uscc, 18140.00m, from, to)));
        updated.Body.GetProperty("results")[0].GetProperty("result").GetString().ShouldBe("updated");

        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            (await db.Set<CustodyPolicy>().CountAsync(p => p.PolicyNumber == number)).ShouldBe(1);
            var row = await db.Set<CustodyOperator>().IgnoreQueryFilters().SingleAsync(o => o.Id == op);
            var view = await sp.GetRequiredService<CustodyRequirements>().EvaluateAsync(row, default);
            view.Working.ShouldBe("预收资金余额 345,100.00 元 × 40% = 138,040.00 元，履约保险抵扣 18,140.00 元");
            view.Met.ShouldBe(true);
            // The policy closed the episode the statement opened.
            (await db.Set<CustodyShortfall>().IgnoreQueryFilters().SingleAsync(s => s.OperatorId == op)).EndedAtUtc.ShouldNotBeNull();
        });
    }

    [Fact]
    public async Task An_expired_policy_offsets_nothing()
    {
        var insurer = await InstitutionKeyAsync(InstitutionKind.Insurer);
        var uscc = SupervisedOperators.RandomUscc();
        var op = await factory.AnOperatorAsync("110108", 34_510_000, uscc: uscc);
        var expired = Today.AddDays(-1).ToString("yyyy-MM-dd");
        (await PostAsync(insurer, Batch(Policy("EXP" + Guid.NewGuid().ToString("N")[..8], uscc, 50000m, "2025-01-01", expired)))).Status.ShouldBe(HttpStatusCode.OK);
        await factory.InScopeAsync(async sp =>
        {
            var row = await sp.GetRequiredService<PlatformDbContext>().Set<CustodyOperator>().IgnoreQueryFilters().SingleAsync(o => o.Id == op);
            (await sp.GetRequiredService<CustodyRequirements>().EvaluateAsync(row, default)).OffsetFen.ShouldBe(0);
        });
    }

    [Fact]
    public async Task Bad_records_are_refused_with_a_reason_and_never_block_the_good_one()
    {
        var insurer = await InstitutionKeyAsync(InstitutionKind.Insurer);
        var uscc = SupervisedOperators.RandomUscc();
        await factory.AnOperatorAsync("110108", 34_510_000, uscc: uscc);
        var good = "OK" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await PostAsync(insurer, Batch(
            Policy(good, uscc, 100.5m),
            Policy("NEG1", uscc, -1m),
            Policy("DEC3", uscc, 1.005m),
            Policy("TXT1", uscc, "一万"),
            Policy("USCC", "123", 100m),
            Policy("UNKN", SupervisedOperators.RandomUscc(), 100m),
            Policy("DATE", uscc, 100m, "2026-13-01"),
            Policy("BACK", uscc, 100m, "2027-01-01", "2026-01-01"),
            Policy("", uscc, 100m)));
        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("accepted").GetInt32().ShouldBe(1);
        body.GetProperty("refused").GetInt32().ShouldBe(8);
        var reasons = body.GetProperty("results").EnumerateArray().Skip(1).Select(r => r.GetProperty("reason").GetString()!).ToList();
        reasons[0].ShouldContain("须大于 0");
        reasons[1].ShouldContain("最多两位小数");
        reasons[2].ShouldContain("须为以元为单位的数字");
        reasons[3].ShouldContain("18 位统一社会信用代码");
        reasons[4].ShouldContain("未对应本平台已备案的经营者");
        reasons[5].ShouldContain("yyyy-MM-dd");
        reasons[6].ShouldContain("不能晚于");
        reasons[7].ShouldContain("保单号");
    }

    [Fact]
    public async Task An_empty_or_malformed_batch_is_a_400_problem()
    {
        var insurer = await InstitutionKeyAsync(InstitutionKind.Insurer);
        var empty = await PostAsync(insurer, "{\"policies\":[]}");
        empty.Status.ShouldBe(HttpStatusCode.BadRequest);
        empty.Body.GetProperty("detail").GetString()!.ShouldContain("至少一条保单");
        (await PostAsync(insurer, "{\"policies\": 5}")).Status.ShouldBe(HttpStatusCode.BadRequest);
        var tooMany = Batch(Enumerable.Range(0, CustodyPolicyIntake.MaxBatch + 1).Select(i => Policy("P" + i, "X", 1m)).ToArray());
        (await PostAsync(insurer, tooMany)).Body.GetProperty("detail").GetString()!.ShouldContain("每批最多");
    }

    [Fact]
    public async Task A_banks_key_or_a_suspended_insurers_key_is_refused_on_the_policy_endpoint()
    {
        var uscc = SupervisedOperators.RandomUscc();
        await factory.AnOperatorAsync("110108", 34_510_000, uscc: uscc);
        foreach (var key in new[] { await InstitutionKeyAsync(InstitutionKind.Bank), await InstitutionKeyAsync(InstitutionKind.Insurer, InstitutionStatus.Suspended) })
        {
            var number = "BK" + Guid.NewGuid().ToString("N")[..8];
            var (status, body) = await PostAsync(key, Batch(Policy(number, uscc, 100m)));
            status.ShouldBe(HttpStatusCode.Forbidden);
            body.GetProperty("detail").GetString()!.ShouldContain("保险机构");
            (await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<CustodyPolicy>().CountAsync(p => p.PolicyNumber == number))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task An_unsigned_request_gets_the_common_401()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync(Path, new StringContent(Batch(), System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
