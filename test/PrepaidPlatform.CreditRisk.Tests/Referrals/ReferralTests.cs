using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.CreditRisk.Tests.Referrals.ReferralArrangement;

namespace PrepaidPlatform.CreditRisk.Tests.Referrals;

/// <summary>
/// 线索移交 (issue 17 · 5, Shanghai plan §四 线索告知): the city keeps the enforcement departments; a district refers a
/// finding to a 启用 one and records 已受理 and 已办结 with the outcome, only forward; the city reads every district's,
/// another district reads and changes none.
/// </summary>
public sealed class ReferralTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string District = "110111", OtherDistrict = "110112";

    [Fact]
    public async Task A_district_refers_a_violation_to_a_department_and_records_its_acceptance_and_outcome_only_forward()
    {
        var department = await factory.DepartmentAsync("市场监管综合执法（测试甲）");
        using var reviewer = await factory.SignedInClientAsync("reviewer" + District);
        var violation = await factory.OrderedViolationAsync(reviewer, District);
        var newPage = NewPage(ReferralSource.Violation, violation.Id);
        var form = WebUtility.HtmlDecode(await reviewer.GetPageAsync(newPage));
        form.ShouldContain(violation.OperatorName);
        form.ShouldContain("未按规定公示预付卡章程（线索测试）（责令整改通知书 " + violation.OrderNumber + "）");

        var (status, html, location) = await reviewer.SubmitAsync(newPage, Form(department, "现场检查发现未公示预付卡章程，拒不整改"));
        status.ShouldBe(HttpStatusCode.Redirect, html);
        html.ShouldContain("已将 " + violation.OperatorName + " 的线索移交市场监管综合执法（测试甲）。");
        html.ShouldContain("已移交");
        var referral = (await factory.ReferralAsync(violation.Id))!;
        (referral.Status, referral.DepartmentId, referral.OperatorUserId, referral.Finding).ShouldBe(
            (ReferralStatus.Referred, department, violation.OperatorUserId, "现场检查发现未公示预付卡章程，拒不整改"));
        location.ShouldBe($"{ListPage}/{referral.Id}");

        // 办结 before 受理, 受理 in the future: refused with the reason, nothing changes.
        (await reviewer.SubmitAsync(location!, new() { ["outcome"] = "已立案查处" }, location + "?handler=Close")).Html
            .ShouldContain("该线索尚未受理，请先登记受理再办结。");
        var today = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IClock>().TodayInShanghai));
        (await reviewer.SubmitAsync(location!, new() { ["acceptedOn"] = today.AddDays(1).ToString("yyyy-MM-dd") }, location + "?handler=Accept")).Html
            .ShouldContain("受理日期不能晚于今天。");
        (await factory.ReferralAsync(violation.Id))!.Status.ShouldBe(ReferralStatus.Referred);

        (status, html, _) = await reviewer.SubmitAsync(location!, new() { ["acceptedOn"] = today.ToString("yyyy-MM-dd") }, location + "?handler=Accept");
        status.ShouldBe(HttpStatusCode.Redirect, html);
        html.ShouldContain("已登记市场监管综合执法（测试甲）受理。");
        (await reviewer.SubmitAsync(location!, new() { ["acceptedOn"] = today.ToString("yyyy-MM-dd") }, location + "?handler=Accept")).Html
            .ShouldContain("该线索已受理，不能重复登记受理。");

        // 办结 needs its outcome.
        var (refused, refusal, _) = await reviewer.SubmitAsync(location!, new() { ["outcome"] = "  " }, location + "?handler=Close");
        refused.ShouldBe(HttpStatusCode.OK);
        refusal.ShouldContain("办结时请填写办理结果");
        (await factory.ReferralAsync(violation.Id))!.Status.ShouldBe(ReferralStatus.Accepted);

        (status, html, _) = await reviewer.SubmitAsync(location!, new() { ["outcome"] = "已立案，处以警告并责令改正" }, location + "?handler=Close");
        status.ShouldBe(HttpStatusCode.Redirect, html);
        html.ShouldContain("已办结");
        html.ShouldContain("已立案，处以警告并责令改正");
        (await reviewer.SubmitAsync(location!, new() { ["outcome"] = "再次办结" }, location + "?handler=Close")).Html.ShouldContain("该线索已办结，不能重复办结。");
        (await reviewer.SubmitAsync(location!, new() { ["acceptedOn"] = today.ToString("yyyy-MM-dd") }, location + "?handler=Accept")).Html
            .ShouldContain("该线索已办结，不能再登记受理。");

        var closed = (await factory.ReferralAsync(violation.Id))!;
        (closed.Status, closed.AcceptedOn, closed.Outcome).ShouldBe((ReferralStatus.Closed, today, "已立案，处以警告并责令改正"));
        var steps = await factory.StepsAsync(referral.Id);
        steps.Select(s => s.Status).ShouldBe([ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Closed]);
        var reviewerId = (await factory.UserAsync("reviewer" + District)).Id;
        steps.ShouldAllBe(s => s.By == reviewerId && s.ByName.Length > 0);
        steps[2].Note.ShouldBe("已立案，处以警告并责令改正");

        // The district's list by status, and the city's read-only view of every district.
        (await reviewer.GetPageAsync(ListPage + "?Status=Closed")).ShouldContain(violation.Uscc);
        (await reviewer.GetPageAsync(ListPage + "?Status=Referred")).ShouldNotContain(violation.Uscc);
        using var city = await factory.SignedInClientAsync("cityadmin");
        var cityList = WebUtility.HtmlDecode(await city.GetPageAsync(ListPage));
        cityList.ShouldContain(violation.Uscc);
        cityList.ShouldContain("房山区");
        var cityDetail = await city.GetPageAsync(location!);
        cityDetail.ShouldContain("已立案，处以警告并责令改正");
        cityDetail.ShouldNotContain("accept-form");
        var cityPost = await city.PostFormAsync(ListPage, new Dictionary<string, string> { ["outcome"] = "市级改写" }, location + "?handler=Close");
        cityPost.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await factory.ReferralAsync(violation.Id))!.Outcome.ShouldBe("已立案，处以警告并责令改正");
    }

    [Fact]
    public async Task A_referral_without_department_to_a_disabled_one_or_without_finding_is_refused_and_nothing_is_saved()
    {
        var disabled = await factory.DepartmentAsync("城管综合执法（测试停用）", active: false);
        using var reviewer = await factory.SignedInClientAsync("reviewer" + District);
        var violation = await factory.OrderedViolationAsync(reviewer, District);
        var newPage = NewPage(ReferralSource.Violation, violation.Id);
        // A disabled department is not offered: the form lists the 启用 ones only.
        (await reviewer.GetPageAsync(newPage)).ShouldNotContain(disabled.ToString());

        var (status, html, _) = await reviewer.SubmitAsync(newPage, Form(null, "线索内容（测试）"));
        status.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(html).ShouldContain("请选择接收线索的执法部门。");

        (status, html, _) = await reviewer.SubmitAsync(newPage, Form(disabled, "线索内容（测试）"));
        status.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(html).ShouldContain("执法部门“城管综合执法（测试停用）”已停用，请选择其他部门。");

        var active = await factory.DepartmentAsync("市场监管综合执法（测试乙）");
        (status, html, _) = await reviewer.SubmitAsync(newPage, Form(active, "   "));
        status.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(html).ShouldContain("请填写线索内容");

        (await factory.ReferralCountAsync(violation.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_inspection_result_with_a_finding_is_referred_and_one_without_is_refused()
    {
        var department = await factory.DepartmentAsync("市场监管综合执法（测试丙）");
        var (found, clean) = await InspectedAsync();
        using var reviewer = await factory.SignedInClientAsync("reviewer" + District);

        var refused = await reviewer.SubmitAsync(NewPage(ReferralSource.Inspection, clean.Id), Form(department, "无问题也移交（测试）"));
        PlatformClient.ValidationSummary(refused.Html).ShouldContain("只有检查结果为“发现问题”的经营者可以移交线索。");
        (await factory.ReferralCountAsync(clean.Id)).ShouldBe(0);

        var newPage = NewPage(ReferralSource.Inspection, found.Id);
        WebUtility.HtmlDecode(await reviewer.GetPageAsync(newPage)).ShouldContain("预付卡章程未公示（测试）");
        var (status, html, _) = await reviewer.SubmitAsync(newPage, Form(department, "预付卡章程未公示（测试）"));
        status.ShouldBe(HttpStatusCode.Redirect, html);
        var referral = (await factory.ReferralAsync(found.Id))!;
        (referral.Source, referral.Uscc, referral.Status).ShouldBe((ReferralSource.Inspection, found.Uscc, ReferralStatus.Referred));

        // The same finding to the same department again (a second submit): refused, still one.
        var again = await reviewer.SubmitAsync(newPage, Form(department, "预付卡章程未公示（测试）"));
        PlatformClient.ValidationSummary(again.Html).ShouldContain("该线索已移交市场监管综合执法（测试丙），请勿重复移交。");
        (await factory.ReferralCountAsync(found.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Another_district_neither_lists_nor_reads_nor_changes_nor_refers_the_districts_findings()
    {
        var department = await factory.DepartmentAsync("市场监管综合执法（测试丁）");
        using var reviewer = await factory.SignedInClientAsync("reviewer" + District);
        var violation = await factory.OrderedViolationAsync(reviewer, District);
        var (_, _, location) = await reviewer.SubmitAsync(NewPage(ReferralSource.Violation, violation.Id), Form(department, "越区测试线索"));
        location.ShouldNotBeNull();

        using var other = await factory.SignedInClientAsync("reviewer" + OtherDistrict);
        (await other.GetPageAsync(ListPage)).ShouldNotContain(violation.Uscc);
        (await other.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        (await other.PostFormAsync(ListPage, new Dictionary<string, string> { ["acceptedOn"] = today.ToString("yyyy-MM-dd") }, location + "?handler=Accept"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(NewPage(ReferralSource.Violation, violation.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var posted = await other.PostFormAsync(ListPage, Form(department, "越区移交"), NewPage(ReferralSource.Violation, violation.Id));
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await factory.ReferralAsync(violation.Id))!.Status.ShouldBe(ReferralStatus.Referred);
        (await factory.ReferralCountAsync(violation.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_referrals_attachment_is_kept_for_the_district_and_the_city_and_a_file_that_is_no_document_is_refused()
    {
        var department = await factory.DepartmentAsync("市场监管综合执法（测试戊）");
        using var reviewer = await factory.SignedInClientAsync("reviewer" + District);
        var violation = await factory.OrderedViolationAsync(reviewer, District);
        var newPage = NewPage(ReferralSource.Violation, violation.Id);
        var pdf = "%PDF-1.4\n%线索材料\n"u8.ToArray();

        var (status, html, _) = await reviewer.PostMultipartAsync(newPage, Form(department, "附现场检查记录（测试）"), ("not a pdf"u8.ToArray(), "现场检查记录.pdf", "Attachment"));
        status.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(html).ShouldContain("线索材料须为 PDF、JPG 或 PNG 文件");
        // A good file with a refused form: the file stored for it is removed again.
        (status, html, _) = await reviewer.PostMultipartAsync(newPage, Form(null, "附现场检查记录（测试）"), (pdf, "现场检查记录.pdf", "Attachment"));
        PlatformClient.ValidationSummary(html).ShouldContain("请选择接收线索的执法部门。");
        (await factory.ReferralCountAsync(violation.Id)).ShouldBe(0);
        (await factory.StoredEvidenceAsync()).ShouldBe(0);

        (status, html, var location) = await reviewer.PostMultipartAsync(newPage, Form(department, "附现场检查记录（测试）"), (pdf, "现场检查记录.pdf", "Attachment"));
        status.ShouldBe(HttpStatusCode.Redirect, html);
        WebUtility.HtmlDecode(await reviewer.GetPageAsync(location!)).ShouldContain("现场检查记录.pdf");
        (await reviewer.Http.GetByteArrayAsync(location + "?handler=Attachment")).ShouldBe(pdf);
        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.Http.GetByteArrayAsync(location + "?handler=Attachment")).ShouldBe(pdf);
        using var other = await factory.SignedInClientAsync("reviewer" + OtherDistrict);
        (await other.GetAsync(location + "?handler=Attachment")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.StoredEvidenceAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task The_city_adds_edits_and_disables_departments_refusing_an_empty_or_repeated_name_and_a_district_may_not_open_the_list()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var (status, html, _) = await city.SubmitAsync(DepartmentsPage, new() { ["Input.Name"] = " ", ["Input.Contact"] = "010-00000000" });
        status.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(html).ShouldContain("请填写部门名称");
        (status, html, _) = await city.SubmitAsync(DepartmentsPage, new() { ["Input.Name"] = "文化市场综合执法（测试）", ["Input.Contact"] = "" });
        PlatformClient.ValidationSummary(html).ShouldContain("请填写联系方式");
        (await city.GetPageAsync(DepartmentsPage)).ShouldNotContain("文化市场综合执法（测试）");

        var id = await factory.DepartmentAsync("文化市场综合执法（测试）");
        (status, html, _) = await city.SubmitAsync(DepartmentsPage, new() { ["Input.Name"] = "文化市场综合执法（测试）", ["Input.Contact"] = "另一窗口" });
        PlatformClient.ValidationSummary(html).ShouldContain("执法部门“文化市场综合执法（测试）”已登记，请勿重复添加。");

        var edit = $"{DepartmentsPage}/Edit/{id}";
        (status, html, _) = await city.SubmitAsync(edit, new() { ["Input.Name"] = "文化市场综合执法（测试改）", ["Input.Contact"] = "执法总队受理科", ["Input.IsActive"] = "false" });
        status.ShouldBe(HttpStatusCode.Redirect, html);
        html.ShouldContain("已保存执法部门“文化市场综合执法（测试改）”（停用）。");
        html.ShouldContain("执法总队受理科");

        using var reviewer = await factory.SignedInClientAsync("reviewer" + District);
        var denied = await reviewer.GetAsync(DepartmentsPage);
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task The_list_pages_thirty_referrals_at_a_time_and_filters_by_status()
    {
        const string Paged = "110113";
        var tenant = await factory.TenantAsync(Paged);
        var reviewer = (await factory.UserAsync("reviewer" + Paged)).Id;
        await factory.InScopeAsync(async sp =>
        {
            using var inDistrict = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var department = new EnforcementDepartment(Guid.NewGuid(), "市场监管综合执法（测试分页）", "010-00000000", DateTime.UtcNow);
            db.Add(department);
            for (var i = 0; i < 31; i++)
            {
                var referral = new Referral(Guid.NewGuid(), tenant, ReferralSource.Violation, Guid.NewGuid(), Guid.NewGuid(), $"91110113PAGE{i:D6}", $"分页企业{i:D2}",
                    department, "分页测试线索", reviewer, DateTime.UtcNow.AddMinutes(-i));
                if (i == 0)
                {
                    referral.Accept(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
                }

                db.Add(referral);
            }

            await db.SaveChangesAsync();
        });

        using var client = await factory.SignedInClientAsync("reviewer" + Paged);
        var first = WebUtility.HtmlDecode(await client.GetPageAsync(ListPage));
        first.ShouldContain("共 31 条");
        first.ShouldContain("分页企业00");
        first.ShouldNotContain("分页企业30");
        var second = WebUtility.HtmlDecode(await client.GetPageAsync(ListPage + "?p=2"));
        second.ShouldContain("分页企业30");
        second.ShouldNotContain("分页企业00");
        var accepted = WebUtility.HtmlDecode(await client.GetPageAsync(ListPage + "?Status=Accepted"));
        accepted.ShouldContain("共 1 条");
        accepted.ShouldContain("分页企业00");
    }

    /// <summary>A draw of the district with two results recorded, one 发现问题 and one 未发现问题, as its inspectors leave them.</summary>
    private async Task<(InspectionItem Found, InspectionItem Clean)> InspectedAsync()
    {
        var tenant = await factory.TenantAsync(District);
        var reviewer = (await factory.UserAsync("reviewer" + District)).Id;
        return await factory.InScopeAsync(async sp =>
        {
            using var inDistrict = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var now = DateTime.UtcNow;
            var draw = new InspectionDraw(Guid.NewGuid(), tenant, "线索移交抽查（测试）", 123_456_789, 2, 0, string.Empty, string.Empty, string.Empty, reviewer, Guid.NewGuid(),
                "检查员甲、检查员乙", reviewer, now);
            var found = new InspectionItem(Guid.NewGuid(), tenant, draw.Id, Guid.NewGuid(), CreditRiskArrangement.ValidUscc(District), "演示企业线索甲", fromKeyList: true);
            var clean = new InspectionItem(Guid.NewGuid(), tenant, draw.Id, Guid.NewGuid(), CreditRiskArrangement.ValidUscc(District), "演示企业线索乙", fromKeyList: false);
            found.Record(InspectionResult.ProblemFound, "预付卡章程未公示（测试）", reviewer, now);
            clean.Record(InspectionResult.NoProblem, null, reviewer, now);
            db.AddRange(draw, found, clean);
            await db.SaveChangesAsync();
            return (found, clean);
        });
    }
}
