using System.Text.Json;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// Issue 16 · 8: the designer offers what officials choose from with Chinese names — guards, actions and permissions,
/// the business statuses of the lifecycle's own subject type and the message templates — so no one types a code.
/// </summary>
public sealed class DesignerPaletteTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<JsonElement> PaletteAsync(string subjectType)
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        return JsonDocument.Parse(await city.GetPageAsync($"/Workflows/Designer/Edit?key=filing.registration&handler=Palette&subjectType={subjectType}")).RootElement;
    }

    private static bool IsChinese(string? text) => text is { Length: > 0 } && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [Fact]
    public async Task Every_guard_action_and_permission_has_a_chinese_name()
    {
        var palette = await PaletteAsync("filing.application");
        var steps = palette.GetProperty("guards").EnumerateArray().Concat(palette.GetProperty("actions").EnumerateArray()).ToList();
        steps.ShouldNotBeEmpty();
        steps.ShouldAllBe(s => IsChinese(s.GetProperty("displayName").GetString()));
        steps.Single(s => s.GetProperty("name").GetString() == "subject.setStatus").GetProperty("displayName").GetString().ShouldBe("设置业务状态");
        palette.GetProperty("permissions").EnumerateArray().ShouldAllBe(p => IsChinese(p.GetProperty("displayName").GetString()));
        // Every parameter is labelled in Chinese, not by its key.
        steps.SelectMany(s => s.GetProperty("parameters").EnumerateArray())
            .ShouldAllBe(p => IsChinese(p.GetProperty("label").GetString() ?? p.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task The_status_is_chosen_from_the_subject_types_own_statuses_and_the_template_from_the_citys()
    {
        var palette = await PaletteAsync("filing.application");
        var setStatus = palette.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "subject.setStatus");
        setStatus.GetProperty("parameters")[0].GetProperty("choicesFrom").GetString().ShouldBe("subject.status");
        var statuses = palette.GetProperty("choices").GetProperty("subject.status").EnumerateArray().Select(p => (p[0].GetString(), p[1].GetString())).ToList();
        statuses.ShouldContain(("approved", "完成备案"));
        statuses.ShouldContain(("rejected", "备案驳回"));
        statuses.ShouldNotContain(s => s.Item1 == "public_notice"); // 注销's, another subject type

        var deregistration = (await PaletteAsync("filing.deregistration")).GetProperty("choices").GetProperty("subject.status").EnumerateArray()
            .Select(p => p[1].GetString()).ToList();
        deregistration.ShouldContain("公示中");
        deregistration.ShouldNotContain("完成备案");

        var templates = palette.GetProperty("choices").GetProperty("notification.template").EnumerateArray().Select(p => (p[0].GetString(), p[1].GetString())).ToList();
        templates.ShouldContain(("filing.approved", "备案通过"));
        templates.ShouldNotContain(t => t.Item1 == "verification.code");

        var audience = palette.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "notify")
            .GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "audience");
        audience.GetProperty("valueLabels").GetProperty("operator").GetString().ShouldBe("经营者");

        // The one code a step carried as free text, a timer's name, is made by the designer too.
        palette.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "timer.workingDays")
            .GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "name")
            .GetProperty("choicesFrom").GetString().ShouldBe("designer.code");
    }
}
