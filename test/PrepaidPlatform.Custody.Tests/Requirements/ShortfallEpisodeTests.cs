using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>
/// 存管不足 (SPEC C3): one in-app message and one SMS per episode, none again until the operator is 达标 and short anew;
/// every flip publishes CustodyComplianceChanged. The demo operator (演示企业2, 石景山区) has an administrator phone.
/// </summary>
public sealed class ShortfallEpisodeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoOperator = ShortfallSignals.DemoOperator;

    [Fact]
    public async Task An_operator_turning_short_gets_one_message_and_one_sms_per_episode()
    {
        var user = await factory.UserAsync(DemoOperator);
        var op = await factory.AnOperatorAsync("110107", 34_510_000, user.Id, uscc: DemoOperator, name: "演示企业2");

        // The manual's row: 119,900 of 345,100 元 is short of 40 %; a second short statement changes nothing.
        await factory.StatementAsync(op, 34_510_000, 11_990_000);
        await factory.StatementAsync(op, 34_510_000, 12_000_000);
        (await MessagesAsync()).ShouldBe(1);
        (await SmsAsync()).ShouldBe(1);
        (await EventsAsync()).ShouldBe(1);
        var episodes = await EpisodesAsync(op);
        episodes.Count.ShouldBe(1);
        episodes[0].ShortfallAtStartFen.ShouldBe(1_814_000);
        episodes[0].EndedAtUtc.ShouldBeNull();

        // Back to 达标 closes the episode without a message; short again opens a second one with its own message.
        await factory.StatementAsync(op, 34_510_000, 13_804_000);
        (await EpisodesAsync(op)).Single().EndedAtUtc.ShouldNotBeNull();
        (await MessagesAsync()).ShouldBe(1);
        (await EventsAsync()).ShouldBe(2);

        await factory.StatementAsync(op, 34_510_000, 10_000_000);
        (await EpisodesAsync(op)).Count.ShouldBe(2);
        (await MessagesAsync()).ShouldBe(2);
        (await SmsAsync()).ShouldBe(2);
        (await EventsAsync()).ShouldBe(3);
    }

    private Task<int> MessagesAsync() => factory.DemoMessagesAsync();

    private Task<int> SmsAsync() => factory.DemoSmsAsync();

    private Task<int> EventsAsync() => factory.DemoEventsAsync();

    private Task<List<CustodyShortfall>> EpisodesAsync(Guid operatorId) => factory.EpisodesAsync(operatorId);
}
