using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Application;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Tests.Support;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Notifications.Tests.Support.NotificationsTestExtensions;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>消息模板: seeded per event, rendered with parameters, edited by the city with a preview and checked placeholders.</summary>
public sealed class TemplateTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    private const string EditPage = "/Notifications/Templates/Edit?key=" + NotificationTemplateKeys.FilingRejected;

    [Fact]
    public async Task Every_event_of_the_manual_has_a_seeded_template_and_seeding_again_keeps_the_citys_wording()
    {
        var keys = (await factory.RowsAsync<NotificationTemplate>()).Select(t => t.Key).Order().ToList();
        keys.ShouldBe(new[]
        {
            NotificationTemplateKeys.FilingApproved, NotificationTemplateKeys.FilingRejected, NotificationTemplateKeys.FilingCodeSuspended,
            NotificationTemplateKeys.FilingCodeResumed, NotificationTemplateKeys.ReportReturned, NotificationTemplateKeys.ReportWindowOpened,
            NotificationTemplateKeys.ReportDeadlineNear, NotificationTemplateKeys.ReportOverdue, NotificationTemplateKeys.VerificationCode,
            NotificationTemplateKeys.AdminChangeApproved, NotificationTemplateKeys.AdminChangeRejected,
            NotificationTemplateKeys.FilingChangeApproved, NotificationTemplateKeys.FilingChangeRejected, NotificationTemplateKeys.DeregistrationNoticeStarted,
            NotificationTemplateKeys.DeregistrationRejected, NotificationTemplateKeys.Deregistered, NotificationTemplateKeys.CustodyShortfall,
            NotificationTemplateKeys.ClosureRiskWarning,
        }.Order().ToList());

        await factory.InScopeAsync(sp => sp.GetRequiredService<TemplateService>().SaveAsync(NotificationTemplateKeys.ReportOverdue, "逾期提醒", "{operatorName}：{period}已逾期。", default));
        await factory.InScopeAsync(sp => TemplateService.SeedAsync(sp.GetRequiredService<PlatformDbContext>(), sp.GetRequiredService<IClock>(), default));

        var templates = await factory.RowsAsync<NotificationTemplate>();
        templates.Count.ShouldBe(18);
        templates.Single(t => t.Key == NotificationTemplateKeys.ReportOverdue).Title.ShouldBe("逾期提醒");
    }

    [Fact]
    public async Task A_message_is_rendered_from_its_template_with_the_parameters_including_the_reason()
    {
        var reviewer = await factory.UserAsync("reviewer110108");
        await factory.NotifyAsync(reviewer.TenantId, s => s.NotifyUserAsync(new UserNotification(reviewer.Id, NotificationTemplateKeys.ReportReturned,
            Params(("operatorName", "北京甲公司"), ("period", "2026年第三季度"), ("reason", "存管资金低于40%")), "/Reporting/Reports/1")));

        var message = (await factory.RowsAsync<InboxMessage>()).Single(m => m.TemplateKey == NotificationTemplateKeys.ReportReturned && m.RecipientUserId == reviewer.Id);
        message.Title.ShouldBe("数据填报退回");
        message.Body.ShouldBe("北京甲公司：您报送的2026年第三季度数据已被退回，原因：存管资金低于40%。请修改后重新报送。");
        message.SubjectUrl.ShouldBe("/Reporting/Reports/1");
    }

    [Fact]
    public async Task Sending_with_a_missing_parameter_or_an_unknown_template_or_a_foreign_link_is_refused()
    {
        var reviewer = await factory.UserAsync("reviewer110108");
        await Should.ThrowAsync<ArgumentException>(() => factory.NotifyAsync(reviewer.TenantId, s =>
            s.NotifyUserAsync(new UserNotification(reviewer.Id, NotificationTemplateKeys.FilingRejected, Params(("operatorName", "甲"))))));
        await Should.ThrowAsync<UnknownTemplateException>(() => factory.NotifyAsync(reviewer.TenantId, s =>
            s.NotifyUserAsync(new UserNotification(reviewer.Id, "no.such.event", Params()))));
        await Should.ThrowAsync<ArgumentException>(() => factory.NotifyAsync(reviewer.TenantId, s =>
            s.NotifyUserAsync(new UserNotification(reviewer.Id, NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "甲")), "https://evil.example/"))));
    }

    [Fact]
    public async Task A_template_with_an_unknown_placeholder_is_refused_on_save_with_a_Chinese_message()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var response = await city.PostFormAsync(EditPage, new Dictionary<string, string>
        {
            ["Key"] = NotificationTemplateKeys.FilingRejected,
            ["Title"] = "备案驳回",
            ["Body"] = "{operatorName}：备案未通过，原因：{原因}。",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var summary = PlatformClient.ValidationSummary(await response.Content.ReadAsStringAsync());
        summary.ShouldContain("内容中有未知的占位符：{原因}。本模板可用的占位符：{operatorName}（经营者名称）、{reason}（原因）。");
        (await factory.RowsAsync<NotificationTemplate>()).Single(t => t.Key == NotificationTemplateKeys.FilingRejected).Body.ShouldNotContain("{原因}");
    }

    [Fact]
    public async Task The_city_saves_a_template_and_the_next_message_uses_the_new_wording()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var response = await city.PostFormAsync("/Notifications/Templates/Edit?key=" + NotificationTemplateKeys.FilingApproved, new Dictionary<string, string>
        {
            ["Key"] = NotificationTemplateKeys.FilingApproved,
            ["Title"] = "备案已确认",
            ["Body"] = "{operatorName}，您的备案已确认（编号{filingNumber}）。",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var list = await city.GetPageAsync("/Notifications/Templates");
        list.ShouldContain("备案已确认");
        var reviewer = await factory.UserAsync("reviewer110108");
        await factory.NotifyAsync(reviewer.TenantId, s => s.NotifyUserAsync(new UserNotification(reviewer.Id, NotificationTemplateKeys.FilingApproved,
            Params(("operatorName", "北京乙公司"), ("filingNumber", "110108-2026-000001")))));
        (await factory.RowsAsync<InboxMessage>()).ShouldContain(m => m.Body == "北京乙公司，您的备案已确认（编号110108-2026-000001）。");
    }

    [Fact]
    public async Task The_edit_page_previews_the_wording_with_sample_values()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync("/Notifications/Templates/Edit?key=" + NotificationTemplateKeys.FilingCodeSuspended);
        html.ShouldContain("data-testid=\"preview-body\"");
        html.ShouldContain("演示企业2：您的备案码已暂停使用，原因：营业执照复印件不清晰。");

        var preview = await city.PostFormAsync("/Notifications/Templates/Edit?key=" + NotificationTemplateKeys.FilingCodeSuspended, new Dictionary<string, string>
        {
            ["Key"] = NotificationTemplateKeys.FilingCodeSuspended,
            ["Title"] = "暂停",
            ["Body"] = "因{reason}暂停。",
        }, "/Notifications/Templates/Edit?key=" + NotificationTemplateKeys.FilingCodeSuspended + "&handler=Preview");
        var previewHtml = await preview.Content.ReadAsStringAsync();
        previewHtml.ShouldContain("因营业执照复印件不清晰暂停。");
        (await factory.RowsAsync<NotificationTemplate>()).Single(t => t.Key == NotificationTemplateKeys.FilingCodeSuspended).Body.ShouldNotBe("因{reason}暂停。");
    }

    [Fact]
    public async Task A_district_reviewer_cannot_open_the_templates()
    {
        using var district = await factory.SignedInClientAsync("reviewer110108");
        var response = await district.GetAsync("/Notifications/Templates");
        (response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true)
            .ShouldBeTrue($"{(int)response.StatusCode} {response.Headers.Location}");
    }
}
