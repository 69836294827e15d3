using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>A view of the store's tests: what a page would show, one text.</summary>
internal sealed record ShownText(string Text);

[JsonSerializable(typeof(ShownText))]
internal sealed partial class ShownTextJson : JsonSerializerContext;

/// <summary>
/// The public pages' stored views (issues 14 and 18): a current row answers in one command without the live reads; the
/// operator's change, a change of all, and the next Shanghai day make it stale; another operator's change does not; a
/// rebuild that read before a change and wrote after its invalidation stores a row that does not answer.
/// </summary>
public sealed class PublicViewStoreTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Kind = "test-kind";

    [Fact]
    public async Task A_current_row_answers_without_the_live_reads_until_its_operator_or_everything_changes()
    {
        var (key, op, other) = (NewKey(), Guid.NewGuid(), Guid.NewGuid());
        var builds = 0;
        Task<(Guid, ShownText)?> Build() => Task.FromResult<(Guid, ShownText)?>((op, new ShownText("第" + ++builds + "版")));

        (await GetAsync(key, Build)).ShouldBe("第1版");
        (await GetAsync(key, Build)).ShouldBe("第1版");
        builds.ShouldBe(1);

        // Another operator's change (another district's, say) leaves this row answering.
        await InvalidateAsync(other);
        (await GetAsync(key, Build)).ShouldBe("第1版");

        await InvalidateAsync(op);
        (await GetAsync(key, Build)).ShouldBe("第2版");
        (await GetAsync(key, Build)).ShouldBe("第2版");

        // A change of many at once (a night's chunk without names) makes every row stale.
        await factory.InScopeAsync(sp => sp.GetRequiredService<PublicViewStore>().InvalidateAsync((Guid?)null, CancellationToken.None));
        (await GetAsync(key, Build)).ShouldBe("第3版");
        builds.ShouldBe(3);

        // Nothing to show is not stored: the next reader asks again.
        var missing = NewKey();
        var misses = 0;
        Task<(Guid, ShownText)?> Nothing()
        {
            misses++;
            return Task.FromResult<(Guid, ShownText)?>(null);
        }

        (await GetAsync(missing, Nothing)).ShouldBeNull();
        (await GetAsync(missing, Nothing)).ShouldBeNull();
        misses.ShouldBe(2);
    }

    [Fact]
    public async Task A_rebuild_that_read_before_a_change_and_stored_after_its_invalidation_does_not_answer()
    {
        var (key, op) = (NewKey(), Guid.NewGuid());
        (await GetAsync(key, () => Shown(op, "旧"))).ShouldBe("旧");
        await InvalidateAsync(op);

        // The rebuild reads the old state; the change commits and is invalidated (another request) while it runs; the
        // rebuild stores its row afterwards. On SQLite the invalidation waits for the rebuild's read to end, on MariaDB it
        // does not: either way it lands after the reads.
        Task? invalidation = null;
        var stale = await GetAsync(key, async () =>
        {
            var read = await Shown(op, "旧");
            invalidation = Task.Run(() => InvalidateAsync(op));
            await Task.WhenAny(invalidation, Task.Delay(TimeSpan.FromSeconds(2)));
            return read;
        });
        await invalidation!;
        stale.ShouldBe("旧");

        (await GetAsync(key, () => Shown(op, "新"))).ShouldBe("新");
        (await GetAsync(key, () => Shown(op, "不应再读"))).ShouldBe("新");
    }

    [Fact]
    public async Task A_row_answers_on_the_Shanghai_day_it_was_built_and_is_rebuilt_on_the_next()
    {
        var (key, op) = (NewKey(), Guid.NewGuid());
        (await GetAsync(key, () => Shown(op, "今天"))).ShouldBe("今天");
        (await GetAsync(key, () => Shown(op, "不应再读"))).ShouldBe("今天");
        var builtOn = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<PublicView>().Where(v => v.Kind == Kind && v.ViewKey == key)
            .Select(v => v.ValidOn).SingleAsync());
        builtOn.ShouldBe(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8)));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await GetAsync(key, () => Shown(op, "明天"))).ShouldBe("明天");
        (await GetAsync(key, () => Shown(op, "不应再读"))).ShouldBe("明天");
    }

    private static string NewKey() => "K" + Guid.NewGuid().ToString("N")[..20];

    private static Task<(Guid, ShownText)?> Shown(Guid op, string text) => Task.FromResult<(Guid, ShownText)?>((op, new ShownText(text)));

    private Task<string?> GetAsync(string key, Func<Task<(Guid, ShownText)?>> build) =>
        factory.InScopeAsync(async sp =>
            (await sp.GetRequiredService<PublicViewStore>().GetAsync(Kind, key, build, ShownTextJson.Default.ShownText, CancellationToken.None))?.Text);

    private Task InvalidateAsync(Guid op) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PublicViewStore>().InvalidateAsync(op, CancellationToken.None));
}

/// <summary>
/// The filing-code page answers from its stored view (one SQL command), which is what the live reads show, and shows the
/// district's suspension and its resumption at once; the eager build fills both pages' rows.
/// </summary>
public sealed class FilingCodeViewTests(FilingCodeViewTests.UncachedCountingFactory factory) : IClassFixture<FilingCodeViewTests.UncachedCountingFactory>
{
    /// <summary>Commands counted, the portal's cache off as the filing-code page's is (each view asks the store).</summary>
    public sealed class UncachedCountingFactory : CommandCountingFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:CacheSeconds"] = "0" };
    }

    [Fact]
    public async Task The_page_answers_from_its_stored_view_in_one_command_and_shows_a_suspension_at_once()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        await Poller.UntilAsync(() => factory.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE ProcessedAtUtc IS NULL AND Failed = 0"), n => n == 0,
            "the outbox to deliver the approval's events");
        using var consumer = factory.AnonymousClient();
        var url = "/FilingCode/" + filing.FilingNumber;
        var first = await consumer.GetPageAsync(url);

        // What is stored is what the live reads show.
        var (stored, live) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var payload = await db.Set<PublicView>().Where(v => v.Kind == FilingCodeReader.ViewKind && v.ViewKey == filing.FilingNumber).Select(v => v.Payload).SingleAsync();
            var view = (await sp.GetRequiredService<FilingCodeReader>().LiveAsync(filing.FilingNumber, CancellationToken.None))!.Value.View;
            return (JsonSerializer.Deserialize(payload, FilingViewJson.Stored.FilingCodeView), view);
        });
        JsonSerializer.Serialize(stored, FilingViewJson.Stored.FilingCodeView).ShouldBe(JsonSerializer.Serialize(live, FilingViewJson.Stored.FilingCodeView));
        stored!.OperatorName.ShouldNotBeNullOrEmpty();

        // Behind the module's back the page does not change: it is the stored row, read by one command.
        await RenameShopBehindTheModulesBackAsync(filing.FilingNumber, "演示店铺（存储测试）");
        var again = string.Empty;
        (await FewestCommandsAsync(async () => again = await consumer.GetPageAsync(url))).ShouldBe(1);
        again.ShouldNotContain("演示店铺（存储测试）");
        again.ShouldBe(first);

        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        (await reviewer.PostFormAsync("/Filing/Filings", new Dictionary<string, string> { ["id"] = filing.Id.ToString(), ["reason"] = "存储测试暂停" },
            "/Filing/Filings?handler=Suspend")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var suspended = await consumer.GetPageAsync(url);
        suspended.ShouldContain("存储测试暂停");
        suspended.ShouldContain("演示店铺（存储测试）");

        (await reviewer.PostFormAsync("/Filing/Filings", new Dictionary<string, string> { ["id"] = filing.Id.ToString() }, "/Filing/Filings?handler=Resume"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await consumer.GetPageAsync(url)).ShouldNotContain("存储测试暂停");
    }

    [Fact]
    public async Task The_eager_build_stores_both_public_pages_of_every_filing_and_then_has_nothing_left_to_do()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        // Events still on their way (the approval's, the other test's suspension) would make rows stale between the runs.
        await Poller.UntilAsync(() => factory.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE ProcessedAtUtc IS NULL AND Failed = 0"), n => n == 0,
            "the outbox to deliver every event");
        var build = factory.Services.GetRequiredService<PublicViewBuild>();
        await build.RunAsync(CancellationToken.None);
        var kinds = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<PublicView>()
            .Where(v => v.ViewKey == filing.FilingNumber).Select(v => v.Kind).ToListAsync());
        kinds.Order(StringComparer.Ordinal).ShouldBe(["filing-code", "gongshi-operator"]);
        (await build.RunAsync(CancellationToken.None)).ShouldBe(0);

        // A served row costs the page one command.
        using var consumer = factory.AnonymousClient();
        (await FewestCommandsAsync(async () => (await consumer.GetPageAsync("/Gongshi/Operator/" + filing.FilingNumber)).ShouldContain(filing.FilingNumber)))
            .ShouldBe(1);
    }

    /// <summary>The host's commands during <paramref name="request"/>, the fewest of five tries: the outbox's poll may fall into one.</summary>
    private async Task<long> FewestCommandsAsync(Func<Task> request)
    {
        var fewest = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var before = factory.Commands.Total;
            await request();
            fewest = Math.Min(fewest, factory.Commands.Total - before);
        }

        return fewest;
    }

    private async Task RenameShopBehindTheModulesBackAsync(string filingNumber, string shopName)
    {
        await using var db = factory.Database.CreateContext();
        (await db.Database.ExecuteSqlRawAsync(
            "UPDATE Filing_Applications SET ShopName = {0} WHERE Id = (SELECT ApplicationId FROM Filing_Filings WHERE FilingNumber = {1})", shopName, filingNumber)).ShouldBe(1);
    }
}
