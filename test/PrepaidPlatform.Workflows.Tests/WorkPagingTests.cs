using System.Net;
using System.Text.RegularExpressions;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// 待办事项 and 流程实例 beyond one page: the page-2 link carries the filter and page 2 holds the remaining rows
/// (the page number once travelled as "page", which Razor Pages' own route value overrode, so page 2 showed page 1).
/// </summary>
public sealed partial class WorkPagingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const int Extra = 3;

    private async Task<(string Key, string Code, HashSet<Guid> Started)> MoreThanOnePageAsync()
    {
        var key = WorkflowScenario.NewKey("paging");
        (await factory.PublishAsync(key, TestDefinitions.DirectReview())).Problems.ShouldBeEmpty();
        var district = await factory.DistrictAsync(0);
        var started = new HashSet<Guid>();
        for (var i = 0; i < WorkInbox.PageSize + Extra; i++)
        {
            started.Add((await factory.StartAsync(key, district.Id)).Id);
        }

        return (key, district.Code, started);
    }

    [Fact]
    public async Task Page_two_of_the_inbox_holds_the_remaining_items()
    {
        var (key, code, started) = await MoreThanOnePageAsync();
        using var reviewer = await factory.SignedInClientAsync("reviewer" + code);

        var first = await RowsAsync(reviewer, $"/Workflows/Inbox?key={key}", "inbox");
        first.Html.ShouldContain($"href=\"/Workflows/Inbox?key={key}&p=2\"");
        var second = await RowsAsync(reviewer, $"/Workflows/Inbox?key={key}&p=2", "inbox");

        first.Ids.Count.ShouldBe(WorkInbox.PageSize);
        second.Ids.Count.ShouldBe(Extra);
        first.Ids.Concat(second.Ids).ToHashSet().SetEquals(started).ShouldBeTrue();
        second.Html.ShouldContain("2 / 2");
    }

    [Fact]
    public async Task Page_two_of_the_instances_holds_the_remaining_instances()
    {
        var (key, code, started) = await MoreThanOnePageAsync();
        using var reviewer = await factory.SignedInClientAsync("reviewer" + code);

        var first = await RowsAsync(reviewer, $"/Workflows/Instances?key={key}", "instance");
        first.Html.ShouldContain($"href=\"/Workflows/Instances?key={key}&p=2\"");
        var second = await RowsAsync(reviewer, $"/Workflows/Instances?key={key}&p=2", "instance");

        first.Ids.Count.ShouldBe(InstanceQueries.PageSize);
        second.Ids.Count.ShouldBe(Extra);
        first.Ids.Concat(second.Ids).ToHashSet().SetEquals(started).ShouldBeTrue();
        second.Html.ShouldContain("2 / 2");
    }

    private static async Task<(string Html, List<Guid> Ids)> RowsAsync(PlatformClient client, string url, string prefix)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var ids = Row().Matches(html).Where(m => m.Groups[1].Value == prefix).Select(m => Guid.Parse(m.Groups[2].Value)).ToList();
        return (html, ids);
    }

    [GeneratedRegex("<tr data-testid=\"(inbox|instance)-([0-9a-fA-F-]{36})\"")]
    private static partial Regex Row();
}
