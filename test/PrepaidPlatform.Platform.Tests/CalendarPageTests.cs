using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>工作日历 through the real page, signed in as the city administrator. Edits use years no other test reads.</summary>
public sealed class CalendarPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Page = "/Platform/Calendar";

    [Fact]
    public async Task City_administrator_sees_the_2025_National_Day_break_and_its_Saturday_working_day()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync(Page + "?year=2025");
        html.ShouldContain("data-date=\"2025-10-08\"");
        html.ShouldContain("data-date=\"2025-10-11\"");
        html.ShouldContain("调休上班");
        html.ShouldNotContain("data-testid=\"calendar-year-empty\"");
    }

    [Fact]
    public async Task A_year_without_entries_is_shown_with_a_warning_that_it_counts_weekends_only()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync(Page + "?year=2035");
        html.ShouldContain("data-testid=\"calendar-year-empty\"");
        html.ShouldContain("只按周末计算工作日");
    }

    [Fact]
    public async Task Adding_a_date_that_is_already_listed_is_refused()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var response = await PostDayAsync(city, "Add", "2025-10-01", CalendarDayKind.Holiday, "国庆节");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(await response.Content.ReadAsStringAsync()).ShouldContain("2025年10月1日已在日历中");
    }

    [Fact]
    public async Task An_adjusted_working_day_on_a_weekday_is_refused_and_not_stored()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var response = await PostDayAsync(city, "Add", "2031-03-05", CalendarDayKind.AdjustedWorkday, "调休");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(await response.Content.ReadAsStringAsync()).ShouldContain("2031年3月5日是星期三，本来就是工作日");
        (await ListAsync(2031)).ShouldNotContain(d => d.Date == new DateOnly(2031, 3, 5));
    }

    [Fact]
    public async Task A_holiday_on_a_weekend_is_accepted()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var response = await PostDayAsync(city, "Add", "2031-03-08", CalendarDayKind.Holiday, "测试假期");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ListAsync(2031)).ShouldContain(d => d.Date == new DateOnly(2031, 3, 8) && d.Kind == CalendarDayKind.Holiday && d.Note == "测试假期");
    }

    [Fact]
    public async Task Adding_changing_and_removing_a_day_take_effect_in_working_day_counts_at_once()
    {
        var wednesday = new DateOnly(2032, 3, 3);
        var saturday = new DateOnly(2032, 3, 6);
        // Read first, so that the year is in the cache: the edit must clear it.
        (await IsWorkingDayAsync(wednesday)).ShouldBeTrue();
        (await IsWorkingDayAsync(saturday)).ShouldBeFalse();
        (await CoveredAsync(2032)).ShouldBeFalse();

        using var city = await factory.SignedInClientAsync("cityadmin");
        (await PostDayAsync(city, "Add", "2032-03-03", CalendarDayKind.Holiday, "临时假日")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IsWorkingDayAsync(wednesday)).ShouldBeFalse();
        (await CoveredAsync(2032)).ShouldBeTrue();

        (await PostDayAsync(city, "Add", "2032-03-06", CalendarDayKind.Holiday, "临时假日")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostDayAsync(city, "Change", "2032-03-06", CalendarDayKind.AdjustedWorkday, "临时假日调休上班")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IsWorkingDayAsync(saturday)).ShouldBeTrue();

        var removed = await city.PostFormAsync(Page + "?year=2032", new Dictionary<string, string> { ["date"] = "2032-03-03" }, Page + "?handler=Remove");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IsWorkingDayAsync(wednesday)).ShouldBeTrue();
        (await ListAsync(2032)).Select(d => d.Date).ShouldBe([saturday]);
    }

    [Fact]
    public async Task The_edit_form_is_filled_with_the_listed_day()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync(Page + "?year=2026&edit=2026-02-14");
        html.ShouldContain("value=\"2026-02-14\"");
        html.ShouldContain("修改日期");
        html.ShouldContain("春节调休上班");
    }

    [Fact]
    public async Task A_district_reviewer_cannot_open_or_post_to_the_calendar_page()
    {
        using var district = await factory.SignedInClientAsync("reviewer110108");
        var get = await district.GetAsync(Page);
        IsDenied(get).ShouldBeTrue($"{(int)get.StatusCode} {get.Headers.Location}");

        var page = await district.GetPageAsync("/Work");
        var post = await district.Http.PostAsync(Page + "?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Date"] = "2033-01-03",
            ["Input.Kind"] = nameof(CalendarDayKind.Holiday),
            ["Input.Note"] = "越权",
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
        }));
        IsDenied(post).ShouldBeTrue($"{(int)post.StatusCode} {post.Headers.Location}");
        (await ListAsync(2033)).ShouldBeEmpty();
    }

    internal static bool IsDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);

    private static Task<HttpResponseMessage> PostDayAsync(PlatformClient client, string handler, string date, CalendarDayKind kind, string note) =>
        client.PostFormAsync($"{Page}?year={date[..4]}", new Dictionary<string, string>
        {
            ["Input.Date"] = date,
            ["Input.Kind"] = kind.ToString(),
            ["Input.Note"] = note,
        }, $"{Page}?handler={handler}");

    private Task<IReadOnlyList<CalendarService.Entry>> ListAsync(int year) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<CalendarService>().ListAsync(year));

    private Task<bool> IsWorkingDayAsync(DateOnly date) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().IsWorkingDayAsync(date));

    private Task<bool> CoveredAsync(int year) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().IsYearCoveredAsync(year));
}
