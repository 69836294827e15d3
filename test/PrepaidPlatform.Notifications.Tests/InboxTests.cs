using System.Net;
using System.Text.RegularExpressions;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Tests.Support;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Notifications.Tests.Support.NotificationsTestExtensions;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>站内消息 through HTTP: each user reads only their own messages, in their own district; unread count, paging, read/unread.</summary>
public sealed partial class InboxTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task Each_user_sees_only_their_own_messages_across_users_and_districts()
    {
        var haidian = await factory.UserAsync("reviewer110108");
        var chaoyang = await factory.UserAsync("reviewer110105");
        var op = await factory.UserAsync(Operator);
        await SendAsync(haidian, "海淀审核员的消息");
        await SendAsync(chaoyang, "朝阳审核员的消息");
        await SendAsync(op, "经营者的消息");
        // Same district, another user; and the Haidian reviewer's id under another district.
        await SendAsync(new DemoUser(Guid.NewGuid(), haidian.TenantId), "海淀另一用户的消息");
        await SendAsync(haidian with { TenantId = chaoyang.TenantId }, "跨区伪造的消息");

        using var haidianClient = await factory.SignedInClientAsync("reviewer110108");
        var html = await haidianClient.GetPageAsync("/Notifications/Inbox");
        html.ShouldContain("海淀审核员的消息");
        html.ShouldNotContain("朝阳审核员的消息");
        html.ShouldNotContain("经营者的消息");
        html.ShouldNotContain("海淀另一用户的消息");
        html.ShouldNotContain("跨区伪造的消息");
        UnreadInHeader(html).ShouldBe(1);

        using var operatorClient = await factory.SignedInClientAsync(Operator);
        var operatorHtml = await operatorClient.GetPageAsync("/Notifications/Inbox");
        operatorHtml.ShouldContain("经营者的消息");
        operatorHtml.ShouldContain("data-testid=\"operator-layout\"");
        operatorHtml.ShouldNotContain("海淀审核员的消息");

        using var chaoyangClient = await factory.SignedInClientAsync("reviewer110105");
        var chaoyangHtml = await chaoyangClient.GetPageAsync("/Notifications/Inbox");
        chaoyangHtml.ShouldContain("朝阳审核员的消息");
        chaoyangHtml.ShouldNotContain("跨区伪造的消息");
    }

    [Fact]
    public async Task Another_users_message_cannot_be_opened_or_marked_by_its_id()
    {
        var haidian = await factory.UserAsync("reviewer110109");
        await SendAsync(haidian, "只给本人看的消息");
        var id = (await factory.RowsAsync<InboxMessage>()).Single(m => m.Body.Contains("只给本人看的消息", StringComparison.Ordinal)).Id;

        using var other = await factory.SignedInClientAsync("reviewer110105");
        (await other.GetAsync($"/Notifications/Inbox/Message/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await other.GetPageAsync("/Notifications/Inbox");
        var post = await other.Http.PostAsync($"/Notifications/Inbox/Message/{id}?handler=MarkUnread",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page) }));
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.RowsAsync<InboxMessage>()).Single(m => m.Id == id).ReadAtUtc.ShouldBeNull();
    }

    [Fact]
    public async Task Opening_a_message_marks_it_read_links_to_its_subject_and_it_can_be_marked_unread_again()
    {
        var city = await factory.UserAsync("cityadmin");
        await SendAsync(city, "市级管理员的消息", "/Platform/Audit");
        var id = (await factory.RowsAsync<InboxMessage>()).Single(m => m.Body.Contains("市级管理员的消息", StringComparison.Ordinal)).Id;

        using var client = await factory.SignedInClientAsync("cityadmin");
        UnreadInHeader(await client.GetPageAsync("/Notifications/Inbox")).ShouldBe(1);

        var message = await client.GetPageAsync($"/Notifications/Inbox/Message/{id}");
        message.ShouldContain("市级管理员的消息");
        message.ShouldContain("href=\"/Platform/Audit\" data-testid=\"message-subject\"");
        UnreadInHeader(message).ShouldBe(0);

        var unread = await client.PostFormAsync($"/Notifications/Inbox/Message/{id}", new Dictionary<string, string>(), $"/Notifications/Inbox/Message/{id}?handler=MarkUnread");
        unread.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        UnreadInHeader(await client.GetPageAsync("/Notifications/Inbox")).ShouldBe(1);

        var all = await client.PostFormAsync("/Notifications/Inbox", new Dictionary<string, string>(), "/Notifications/Inbox?handler=MarkAllRead");
        all.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        UnreadInHeader(await client.GetPageAsync("/Notifications/Inbox")).ShouldBe(0);
    }

    [Fact]
    public async Task The_inbox_pages_on_the_server_twenty_messages_at_a_time_newest_first()
    {
        var user = await factory.UserAsync("reviewer110112");
        for (var i = 1; i <= 25; i++)
        {
            await SendAsync(user, $"第{i:00}条");
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        using var client = await factory.SignedInClientAsync("reviewer110112");
        var first = await client.GetPageAsync("/Notifications/Inbox");
        RowCount(first).ShouldBe(20);
        first.ShouldContain("第25条");
        first.ShouldNotContain("第05条");
        first.ShouldContain("1 / 2");

        var second = await client.GetPageAsync("/Notifications/Inbox?p=2");
        RowCount(second).ShouldBe(5);
        second.ShouldContain("第01条");
        second.ShouldNotContain("第25条");
        UnreadInHeader(second).ShouldBe(25);
    }

    private Task SendAsync(DemoUser user, string operatorName, string? url = null) =>
        factory.NotifyAsync(user.TenantId, s => s.NotifyUserAsync(new UserNotification(
            user.Id, NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", operatorName)), url, user.TenantId)));

    private static int UnreadInHeader(string html)
    {
        var match = UnreadRegex().Match(html);
        match.Success.ShouldBeTrue("the header shows no unread count");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int RowCount(string html) => Regex.Count(html, "data-message=");

    [GeneratedRegex("data-testid=\"unread-count\">(\\d+)<")]
    private static partial Regex UnreadRegex();
}
