using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// A filing without its search row (made before the table, or written past Filing's steps) gets one at start-up, once:
/// the public search does not find it by name until then.
/// </summary>
public sealed class FilingSearchBackfillTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Start_up_adds_a_missing_row_once()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        var before = await factory.SearchEntryAsync(filing.Id);
        await factory.Database.ExecuteAsync("DELETE FROM Filing_SearchEntries");
        (await factory.PublicSearchAsync("演示餐厅")).ShouldBeEmpty();

        (await factory.InScopeAsync(sp => FilingSearchEntries.BackfillAsync(sp, CancellationToken.None))).ShouldBe(1);
        (await factory.InScopeAsync(sp => FilingSearchEntries.BackfillAsync(sp, CancellationToken.None))).ShouldBe(0);
        var after = await factory.SearchEntryAsync(filing.Id);
        (after.Uscc, after.FiledOn, after.FilingNumber, after.Names).ShouldBe((before.Uscc, before.FiledOn, before.FilingNumber, before.Names));
        (await factory.PublicSearchAsync("演示餐厅")).ShouldBe([(filing.FilingNumber, PublicFilingStatus.Filed)]);
    }
}
