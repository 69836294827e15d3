using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Numbering;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Filing;

/// <summary>备案编号 SW + yyyyMMdd + 5 digits (F4): unique city-wide even when approvals race.</summary>
public sealed class FilingNumberTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private Task<string?> AllocateAsync(bool commit = true) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await sp.GetRequiredService<FilingNumberAllocator>().NextAsync(default);
        if (commit)
        {
            await transaction.CommitAsync();
        }

        return (string?)number;
    });

    [Fact]
    public async Task Concurrent_approvals_on_one_day_get_distinct_consecutive_numbers_and_a_rollback_gives_its_number_back()
    {
        // 02:00 of tomorrow in Beijing: a day no other test numbered, far from its midnight (the clock is this host's own).
        var beijing = TimeSpan.FromHours(8);
        var tomorrow = factory.Clock.GetUtcNow().ToOffset(beijing).Date.AddDays(1);
        factory.Clock.SetUtcNow(new DateTimeOffset(tomorrow.AddHours(2), beijing));
        var day = tomorrow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => AllocateAsync())));
        numbers.ShouldAllBe(n => n!.StartsWith("SW" + day, StringComparison.Ordinal) && n.Length == 15);
        numbers.Order().ShouldBe(Enumerable.Range(1, 12).Select(i => FilingNumberAllocator.Format(day, i)));

        (await AllocateAsync(commit: false)).ShouldBe(FilingNumberAllocator.Format(day, 13));
        (await AllocateAsync()).ShouldBe(FilingNumberAllocator.Format(day, 13));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await AllocateAsync()).ShouldBe(FilingNumberAllocator.Format(tomorrow.AddDays(1).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), 1));
    }

    [Fact]
    public async Task Outside_a_transaction_the_allocator_refuses_instead_of_handing_out_a_number_nobody_records()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(factory.InScopeAsync(sp => sp.GetRequiredService<FilingNumberAllocator>().NextAsync(default)));
        error.Message.ShouldBe("备案编号须在记录审核结果的事务中分配。");
        (await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<FilingNumberSequence>().CountAsync(s => s.Day == "29990101"))).ShouldBe(0);
    }
}
