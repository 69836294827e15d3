using System.Net;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Dishonest.DishonestArrangement;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Dishonest;

/// <summary>
/// Tenant isolation of the 严重失信主体's filings: another district's reviewer neither lists, opens, downloads nor decides
/// them; operators and the city do not open the districts' queue; an operator not on the list has nothing to file.
/// </summary>
public sealed class DishonestIsolationTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private const string Queue = "/Reporting/Verification/Dishonest";

    [Fact]
    public async Task Another_districts_reviewer_neither_sees_nor_decides_nor_downloads()
    {
        var userId = await ListedAsync();
        using var op = await factory.SignedInClientAsync(DemoOperator);
        (await UploadAsync(op, "/Reporting/Dishonest/Statement/2026/1", "审计报告.pdf", MinimalPdf)).Status.ShouldBe(HttpStatusCode.Redirect);

        var filing = (await FilingsAsync(factory)).Single(f => f.OperatorUserId == userId && f.Duty == DishonestDuty.HalfYear);
        using var other = await factory.SignedInClientAsync(OtherReviewer);
        (await other.GetPageAsync(Queue)).ShouldNotContain(filing.Id.ToString());
        (await other.GetPageAsync(Queue + "?all=true")).ShouldNotContain(filing.Id.ToString());
        foreach (var url in new[] { $"{Queue}/{filing.Id}", $"{Queue}/{filing.Id}?handler=File" })
        {
            using var response = await other.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        using (var post = await other.PostFormAsync(Queue, new Dictionary<string, string>
        {
            ["Trigger"] = "verify", ["Version"] = "1", ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        }, $"{Queue}/{filing.Id}"))
        {
            post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var after = (await FilingsAsync(factory)).Single(f => f.Id == filing.Id);
        (after.Revision, after.DecidedAtUtc).ShouldBe((filing.Revision, filing.DecidedAtUtc));

        // Neither the operator nor the city opens the districts' queue.
        foreach (var user in new[] { DemoOperator, "cityadmin" })
        {
            using var client = await factory.SignedInClientAsync(user);
            using var response = await client.GetAsync(Queue);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }
    }

    [Fact]
    public async Task An_operator_not_on_the_list_has_nothing_to_file()
    {
        await using var fresh = new ArrangedPlatform();
        await SupervisedAsync(fresh);
        using var op = await fresh.SignedInClientAsync(DemoOperator);
        WebUtility.HtmlDecode(await op.GetPageAsync("/Reporting/Dishonest")).ShouldContain("贵企业未被列入严重失信主体名单");
        using var post = await op.PostFormAsync("/Reporting/Dishonest/Month/2026/5", MonthForm());
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()).ShouldContain("贵企业未被列入严重失信主体名单");
        (await FilingsAsync(fresh)).ShouldBeEmpty();
    }

    private async Task<Guid> ListedAsync() => (await factory.OnceAsync(async f =>
    {
        await SupervisedAsync(f);
        var userId = (await f.UserAsync(DemoOperator)).Id;
        await ListAsync(f, userId, ListedAtUtc);
        return new Listed(userId);
    })).UserId;

    private sealed record Listed(Guid UserId);
}
