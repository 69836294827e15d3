using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.CreditRisk.Tests.CreditRiskArrangement;

namespace PrepaidPlatform.CreditRisk.Tests.Intake;

/// <summary>The data centre's signed API and the checks every way in shares: per-record results, idempotent on the reference.</summary>
public sealed class RecordIntakeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_api_stores_good_records_refuses_bad_ones_each_with_its_reason_and_is_idempotent()
    {
        var op = await factory.OperatorAsync("110107");
        var key = await factory.DataCentreKeyAsync();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var good = new { uscc = op.Uscc, @class = "负面", type = "经营异常名录", source = "市场监管局", date = "2026-01-05", reference = "SCJG-" + op.Uscc, endDate = (string?)null };
        object[] records =
        [
            good,
            new { uscc = ValidUscc("110107"), @class = "负面", type = "经营异常名录", source = "市场监管局", date = "2026-01-05", reference = "X1" },
            new { uscc = op.Uscc, @class = "其它", type = "经营异常名录", source = "市场监管局", date = "2026-01-05", reference = "X2" },
            new { uscc = op.Uscc, @class = "负面", type = "经营异常名录", source = " ", date = "2026-01-05", reference = "X3" },
            new { uscc = op.Uscc, @class = "负面", type = "经营异常名录", source = "市场监管局", date = today.AddDays(1).ToString("yyyy-MM-dd"), reference = "X4" },
            good,
            new { uscc = op.Uscc, @class = "税费", type = "经营异常名录", source = "税务局", date = "2026-01-05", reference = "X5" },
        ];

        using var response = await factory.PostAsync(key, new { records });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var answers = json.RootElement.GetProperty("records").EnumerateArray().Select(a => (Result: a.GetProperty("result").GetString(), Reason: a.GetProperty("reason").GetString())).ToList();
        answers.Select(a => a.Result).ShouldBe(["accepted", "refused", "refused", "refused", "refused", "duplicate", "refused"]);
        answers[1].Reason!.ShouldContain("未知的统一社会信用代码");
        answers[2].Reason!.ShouldContain("未知的信息类别“其它”");
        answers[3].Reason!.ShouldContain("缺少信息来源");
        answers[4].Reason!.ShouldContain("晚于今天");
        answers[5].Reason!.ShouldContain("已有记录");
        answers[6].Reason!.ShouldContain("“税费”类别下没有“经营异常名录”类型");
        (await factory.RecordCountAsync(op.OperatorUserId)).ShouldBe(1);
        (await factory.CodeAsync(op.OperatorUserId))!.Colour.ShouldBe(RiskColour.Yellow);

        // Sent again: duplicate, nothing more stored.
        using var again = await factory.PostAsync(key, new { records = new[] { good } });
        (await again.Content.ReadAsStringAsync()).ShouldContain("\"duplicate\"");
        (await factory.RecordCountAsync(op.OperatorUserId)).ShouldBe(1);
    }

    [Fact]
    public async Task An_empty_batch_is_a_chinese_problem_and_a_bank_key_may_not_report()
    {
        var key = await factory.DataCentreKeyAsync();
        using var empty = await factory.PostAsync(key, new { records = Array.Empty<object>() });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        empty.Content.Headers.ContentType!.MediaType.ShouldBe(ApiProblems.ContentType);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("批次中没有记录");

        var bank = await factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync("custody.institution", Guid.NewGuid(), "测试银行"));
        using var forbidden = await factory.PostAsync(bank, new { records = new[] { new { uscc = "x" } } });
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.Content.ReadAsStringAsync()).ShouldContain("不属于市大数据中心");

        using var unsigned = await factory.CreateClient().PostAsync(ApiPath, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        unsigned.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_records_endpoint()
    {
        var document = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        document.ShouldContain(ApiPath);
        document.ShouldContain("CreditRecordBatchResponse");
    }

    [Fact]
    public async Task A_bad_end_date_a_missing_reference_and_a_malformed_date_are_refused()
    {
        var op = await factory.OperatorAsync("110107");
        var outcomes = await factory.IngestAsync(
            Input(op.Uscc, endDate: "2025-12-01"),
            Input(op.Uscc) with { Reference = " " },
            Input(op.Uscc, date: "2026/13/40"));
        outcomes.ShouldAllBe(o => o.Result == IntakeResult.Refused);
        outcomes[0].Reason!.ShouldContain("早于信息日期");
        outcomes[1].Reason!.ShouldContain("缺少来源编号");
        outcomes[2].Reason!.ShouldContain("信息日期“2026/13/40”无效");
        (await factory.RecordCountAsync(op.OperatorUserId)).ShouldBe(0);
    }
}
