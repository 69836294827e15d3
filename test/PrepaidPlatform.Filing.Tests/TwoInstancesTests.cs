using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// The deployment of README "Several instances": two host processes on one MariaDB and one files folder, started
/// together on a database without data, behind Debian's nginx with the site's proxy settings (<c>deploy/nginx</c>). A sign-in
/// cookie and an antiforgery token of one instance are good on the other, a workflow version published on one is
/// used by the other at once, a file uploaded on one is read on the other, a workflow timer fires once and every
/// outbox message is handled once.
/// </summary>
public sealed partial class TwoInstancesTests : IDisposable
{
    private const string Reviewer = "reviewer110107";
    private const string Definition = "filing.registration";

    // Lends the authenticator keys its clients enrol; the hosts under test are child processes on their own database.
    private readonly PlatformFactory _factory = new();
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _dataFolder = Path.Combine(TestDatabase.Folder, "two-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<IDisposable> _processes = [];

    [MariaDbFact]
    public async Task Two_instances_behind_nginx_act_as_one_platform()
    {
        // Both start at once on a database without data: one seeds (and migrates), the other waits for it.
        var settings = new Dictionary<string, string> { ["Workflows:TimerSweepInterval"] = "00:00:01", ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" };
        Task<HostProcess>[] starting = [HostProcess.StartAsync(_database, _dataFolder, settings), HostProcess.StartAsync(_database, _dataFolder, settings)];
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            // A host that came up is stopped by Dispose even when the other failed to.
            _processes.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
        }

        var hosts = starting.Select(t => t.Result).ToArray();
        var nginx = await NginxProxy.StartAsync(hosts.Select(h => h.Address));
        _processes.Add(nginx);
        var byUpstream = hosts.ToDictionary(h => $"{h.Address.Host}:{h.Address.Port}");

        // 1. The city publishes a new version of the filing workflow through nginx: the page from one instance, the
        // publication (with that page's antiforgery token and the sign-in cookie) on the other.
        var (city, cityServed) = nginx.ClientFor(_factory);
        using var cityClient = city;
        await city.SignInAsync("cityadmin", PlatformFactory.DemoPassword);
        var (page, body) = await OpenDesignerAsync(city);
        body["title"] = body["title"]!.GetValue<string>() + "（两实例）";
        var published = await PublishAsync(city, page, body);
        var (getBy, postBy) = (cityServed.Last(s => s.Method == HttpMethod.Get).Upstream, cityServed.Last().Upstream);
        postBy.ShouldNotBe(getBy, "round robin: the page and its post reach different instances");
        var answer = JsonNode.Parse(published)!;
        (answer["ok"]!.GetValue<bool>(), answer["version"]!.GetValue<int>()).ShouldBe((true, 2), published);

        // 2. The operator, on the instance that did NOT publish, submits: its instance runs on the new version at once.
        var other = hosts.Single(h => h != byUpstream[postBy]);
        var operatorCookies = new CookieContainer();
        using (var operatorClient = other.ClientFor(_factory, operatorCookies))
        {
            await operatorClient.SignInAsync(FilingRows.DemoUser, PlatformFactory.DemoPassword);
            (await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        // …and its cookie, issued by that instance, is good on the publishing one.
        var publisher = byUpstream[postBy];
        var carried = new CookieContainer();
        foreach (Cookie cookie in operatorCookies.GetCookies(other.Address))
        {
            carried.Add(publisher.Address, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        using (var elsewhere = publisher.ClientFor(_factory, carried))
        {
            (await elsewhere.GetAsync("/Filing/Info")).StatusCode.ShouldBe(HttpStatusCode.OK, "the other instance's sign-in cookie");
        }

        (await _database.CountAsync($"SELECT COUNT(*) FROM Wf_Instances WHERE DefinitionKey = '{Definition}' AND DefinitionVersion = 2")).ShouldBe(1);
        var application = Guid.Parse((await _database.ScalarAsync("SELECT Id FROM Filing_Applications"))!.ToString()!);

        // 3. The district accepts through nginx and reads the uploaded contract from each instance: one files folder.
        var (reviewer, reviewerServed) = nginx.ClientFor(_factory);
        using var reviewerClient = reviewer;
        await reviewer.SignInAsync(Reviewer, PlatformFactory.DemoPassword);
        (await ReviewPage.StepAsync(reviewer, application, "accept")).Html.ShouldContain("已受理");
        for (var i = 0; i < 2; i++)
        {
            var file = await reviewer.GetAsync($"{ReviewPage.Url(application)}?handler=Attachment&kind=Contract");
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await file.Content.ReadAsByteArrayAsync()).ShouldBe(FilingInfoPage.Pdf("contract"));
        }

        reviewerServed.Where(s => s.Path.Contains("Applications", StringComparison.Ordinal)).Select(s => s.Upstream).Distinct().Count()
            .ShouldBe(2, "the reviewer's pages came from both instances");
        cityServed.Concat(reviewerServed).ShouldAllBe(s => byUpstream.ContainsKey(s.Upstream));

        // 4. The review deadline falls due: both instances sweep every second, the timer fires once.
        await _database.ExecuteAsync("UPDATE Wf_Timers SET DueAtUtc = '2000-01-01 00:00:00'");
        const string overdue = "SELECT COUNT(*) FROM Wf_Journal WHERE Label = '办理超时'";
        await Poller.UntilAsync(() => _database.CountAsync(overdue), c => c > 0, "the overdue timer to fire");
        await Task.Delay(TimeSpan.FromSeconds(4));
        (await _database.CountAsync(overdue)).ShouldBe(1);
        (await _database.CountAsync("SELECT COUNT(*) FROM Wf_Timers WHERE DueAtUtc < '2001-01-01'")).ShouldBe(0);

        // 5. Every outbox message was delivered once. Both instances poll the outbox; a message delivered twice would
        // clash on the processed-events key (message, handler), and that failure would be counted in Attempts.
        await Poller.UntilAsync(() => _database.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE ProcessedAtUtc IS NULL"), c => c == 0,
            "every outbox message to be delivered", TimeSpan.FromSeconds(60));
        (await _database.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages")).ShouldBeGreaterThan(2);
        (await _database.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE Failed = 1 OR LastError IS NOT NULL OR Attempts > 0")).ShouldBe(0);
        (await _database.CountAsync("SELECT COUNT(*) FROM Platform_ProcessedEvents WHERE Handler = 'PrepaidPlatform.Filing.Application.FilingStatusSync'"))
            .ShouldBeGreaterThanOrEqualTo(2, "the submission's and the acceptance's status changes");
        (await _database.ScalarAsync($"SELECT Status FROM Filing_Applications"))!.ToString().ShouldBe("UnderReview");
        hosts.ShouldAllBe(h => !h.HasExited);
    }

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            process.Dispose();
        }

        TestDatabase.DeleteFolder(_dataFolder);
        _database.Dispose();
        _factory.Dispose();
    }

    private static async Task<(string Page, JsonObject Body)> OpenDesignerAsync(PlatformClient client)
    {
        var page = await client.GetPageAsync("/Workflows/Designer/Edit?key=" + Definition);
        return (page, JsonNode.Parse(WebUtility.HtmlDecode(DefinitionRegex().Match(page).Groups[1].Value))!.AsObject());
    }

    private static async Task<string> PublishAsync(PlatformClient client, string page, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Workflows/Designer/Edit?key={Definition}&handler=Publish")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", WebUtility.HtmlDecode(TokenRegex().Match(page).Groups[1].Value));
        var response = await client.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("data-definition=\"([^\"]*)\"")]
    private static partial Regex DefinitionRegex();

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
