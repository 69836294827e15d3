using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>
/// What a 存管不足 episode leaves behind, counted for the demo operator (演示企业2, 石景山区, with an administrator phone):
/// episodes, in-app messages, SMS and CustodyComplianceChanged events.
/// </summary>
internal static class ShortfallSignals
{
    public const string DemoOperator = "91110107MA01AB2C3C";
    public const string DemoPhone = "13800000002";

    public static Task<List<CustodyShortfall>> EpisodesAsync(this PlatformFactory factory, Guid operatorId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<CustodyShortfall>().IgnoreQueryFilters()
            .Where(s => s.OperatorId == operatorId).OrderBy(s => s.EndedAtUtc == null).ToListAsync());

    public static Task<int> DemoMessagesAsync(this PlatformFactory factory) =>
        factory.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE TemplateKey = 'custody.shortfall' AND Body LIKE '%演示企业2%'");

    public static Task<int> DemoSmsAsync(this PlatformFactory factory) =>
        factory.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey = 'custody.shortfall' AND PhoneHash = @hash", ("@hash", factory.PhoneHash(DemoPhone)));

    public static Task<int> DemoEventsAsync(this PlatformFactory factory) =>
        factory.CountAsync($"SELECT COUNT(*) FROM Platform_OutboxMessages WHERE EventType LIKE '%CustodyComplianceChanged%' AND Payload LIKE '%{DemoOperator}%'");
}
