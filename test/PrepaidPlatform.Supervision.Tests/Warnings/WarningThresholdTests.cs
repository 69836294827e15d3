using System.Net;
using PrepaidPlatform.Supervision.Application.Warnings;
using PrepaidPlatform.Supervision.Tests.Support;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Supervision.Tests.Warnings;

/// <summary>The threshold is the city's setting, edited on 系统设置 with the others, and the computation follows it.</summary>
public sealed class WarningThresholdTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    [Fact]
    public async Task Lowering_the_threshold_on_the_settings_page_warns_an_operator_with_a_single_signal()
    {
        var op = await factory.AnOperatorAsync("110105", "阈值测试行业");
        factory.ComplaintDays[op.OperatorUserId] = [factory.Today, factory.Today.AddDays(-1), factory.Today.AddDays(-2)];
        (await factory.ComputeWarningsAsync()).Warned.ShouldBe(0);

        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.GetPageAsync("/Platform/Settings")).ShouldContain("闭店风险预警阈值（分）");
        var saved = await city.PostFormAsync("/Platform/Settings",
            new Dictionary<string, string> { ["name"] = ClosureWarningSettings.Threshold, ["value"] = "20" }, "/Platform/Settings?handler=Save");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var run = await factory.ComputeWarningsAsync();

        (run.Threshold, run.Warned, run.Crossed).ShouldBe((20, 1, 1));
        var list = await city.GetPageAsync("/Supervision/Warnings");
        list.ShouldContain(op.Name);
        list.ShouldContain("近90天预付卡投诉 3 件，前90天 0 件");
    }
}
