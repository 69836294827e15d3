using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.CreditRisk.Tests.CreditRiskArrangement;

namespace PrepaidPlatform.CreditRisk.Tests.Legality;

/// <summary>
/// 合法性灯 (issue 17 · 4): a 责令整改 order is 黄灯, overdue on the platform clock it is 红灯 and puts the operator on the
/// 重点抽查目录, rectified it is 绿灯; the light moves the risk code. Its own host: the clock moves on here.
/// </summary>
public sealed class LegalityTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task An_order_is_yellow_red_and_on_the_key_list_after_its_deadline_then_green_when_rectified()
    {
        var op = await factory.OperatorAsync("110107");
        var order = "石商责改〔2026〕" + op.Uscc[^6..];
        using (var reviewer = await factory.SignedInClientAsync("reviewer110107"))
        {
            var (status, html) = await reviewer.RecordAsync(LegalityArrangement.Order(op.Uscc, order, workingDays: "5"));
            status.ShouldBe(HttpStatusCode.Redirect, html);
            html.ShouldContain("已录入，整改期限至");
            html.ShouldContain(order);
            html.ShouldContain("黄灯");
        }

        var violation = (await factory.ViolationAsync(order))!;
        violation.Status.ShouldBe(ViolationStatus.Rectifying);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        violation.Deadline.ShouldBe(await factory.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().AddWorkingDaysAsync(today, 5)));
        var yellow = await Poller.UntilAsync(() => factory.CodeAsync(op.OperatorUserId), c => c?.Colour == RiskColour.Yellow, "the order's yellow light in the code");
        RiskCodes.Reasons(yellow!.ReasonsJson).ShouldContain(r => r.Rule == "合法性黄灯" && r.Detail.Contains("责令整改中 1 件"));

        // The last day to rectify still counts: nothing moves on it.
        factory.Clock.SetUtcNow(new DateTimeOffset(violation.OverdueFromUtc.AddMinutes(-1), TimeSpan.Zero));
        await factory.SweepTimersAsync();
        (await factory.ViolationAsync(order))!.Status.ShouldBe(ViolationStatus.Rectifying);

        factory.Clock.SetUtcNow(new DateTimeOffset(violation.OverdueFromUtc.AddMinutes(1), TimeSpan.Zero));
        (await factory.SweepTimersAsync()).ShouldBeGreaterThanOrEqualTo(1);
        (await factory.ViolationAsync(order))!.Status.ShouldBe(ViolationStatus.Overdue);
        (await factory.KeyListEntryAsync(op.OperatorUserId))!.Reason.ShouldContain(order);
        var red = await Poller.UntilAsync(() => factory.CodeAsync(op.OperatorUserId), c => c?.Colour == RiskColour.Red, "the overdue order's red light in the code");
        RiskCodes.Reasons(red!.ReasonsJson).ShouldContain(r => r.Rule == "合法性红灯");

        // The district rectifies a day later: on a still clock red and green would share an instant and their order be the database's.
        factory.Clock.SetUtcNow(new DateTimeOffset(violation.OverdueFromUtc.AddDays(1), TimeSpan.Zero));
        using (var reviewer = await factory.SignedInClientAsync("reviewer110107"))
        {
            (await reviewer.GetPageAsync(LegalityArrangement.Page)).ShouldContain("红灯");
            var version = await factory.InstanceVersionAsync(violation);
            var (status, html) = await reviewer.RectifyAsync(violation.Id, version, "已公示预付卡章程，经现场核查整改完成");
            status.ShouldBe(HttpStatusCode.Redirect, html);
            html.ShouldContain("整改完成");
            html.ShouldContain("已整改");
        }

        (await factory.ViolationAsync(order))!.Status.ShouldBe(ViolationStatus.Rectified);
        await Poller.UntilAsync(() => factory.CodeAsync(op.OperatorUserId), c => c?.Colour == RiskColour.Green, "the rectified order's green light");
        // Rectified, the operator stays on the key list: it is drawn from there until the district takes it off.
        (await factory.KeyListEntryAsync(op.OperatorUserId)).ShouldNotBeNull();
        var history = await factory.HistoryAsync(op.OperatorUserId);
        history.Select(h => h.To).ShouldBe([RiskColour.Yellow, RiskColour.Red, RiskColour.Green]);
    }

    [Fact]
    public async Task Another_district_neither_sees_nor_orders_nor_rectifies_the_districts_operators()
    {
        var op = await factory.OperatorAsync("110107");
        var order = "石商责改〔2026〕B" + op.Uscc[^6..];
        using (var reviewer = await factory.SignedInClientAsync("reviewer110107"))
        {
            (await reviewer.RecordAsync(LegalityArrangement.Order(op.Uscc, order))).Status.ShouldBe(HttpStatusCode.Redirect);
        }

        var violation = (await factory.ViolationAsync(order))!;
        using var other = await factory.SignedInClientAsync("reviewer110108");
        (await other.GetPageAsync(LegalityArrangement.Page)).ShouldNotContain(order);
        var (_, refused) = await other.RecordAsync(LegalityArrangement.Order(op.Uscc, "海商责改-" + op.Uscc[^6..]));
        PlatformClient.ValidationSummary(refused).ShouldContain("未知的统一社会信用代码");
        (await factory.ViolationAsync("海商责改-" + op.Uscc[^6..])).ShouldBeNull();

        var (_, notFound) = await other.RectifyAsync(violation.Id, await factory.InstanceVersionAsync(violation), "越权操作（测试）");
        PlatformClient.ValidationSummary(notFound).ShouldContain("未找到");
        (await factory.ViolationAsync(order))!.Status.ShouldBe(ViolationStatus.Rectifying);

        // An operator user has no access at all.
        using var operatorUser = await factory.SignedInClientAsync("91110107MA01AB2C3C");
        (await operatorUser.GetAsync(LegalityArrangement.Page)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_order_without_its_fields_or_with_a_deadline_out_of_range_is_refused_field_by_field()
    {
        var op = await factory.OperatorAsync("110107");
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var (_, html) = await reviewer.RecordAsync(LegalityArrangement.Order(op.Uscc, "", workingDays: "0", description: ""));
        var summary = PlatformClient.ValidationSummary(html);
        summary.ShouldContain("请填写违法违规情形");
        summary.ShouldContain("请填写责令整改通知书文号");
        summary.ShouldContain("整改期限须为 1 至 180 个工作日");

        (await reviewer.RecordAsync(LegalityArrangement.Order(op.Uscc, "石商责改-C" + op.Uscc[^6..]))).Status.ShouldBe(HttpStatusCode.Redirect);
        var violation = (await factory.ViolationAsync("石商责改-C" + op.Uscc[^6..]))!;
        var (_, noNote) = await reviewer.RectifyAsync(violation.Id, await factory.InstanceVersionAsync(violation), "");
        PlatformClient.ValidationSummary(noNote).ShouldContain("整改情况");
        (await factory.ViolationAsync("石商责改-C" + op.Uscc[^6..]))!.Status.ShouldBe(ViolationStatus.Rectifying);
    }
}
