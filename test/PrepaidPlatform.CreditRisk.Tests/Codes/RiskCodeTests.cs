using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.CreditRisk.Tests.CreditRiskArrangement;

namespace PrepaidPlatform.CreditRisk.Tests.Codes;

/// <summary>Codes moved by Custody's events and the nightly run, their history, and the 严重失信主体 listing handed to Custody.</summary>
public sealed class RiskCodeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private Task NightlyAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<RiskCodes>().RecomputeAllAsync("每日重算", CancellationToken.None));

    [Fact]
    public async Task A_custody_shortfall_turns_the_operator_red_after_thirty_days_and_a_top_up_turns_it_back()
    {
        var op = await factory.OperatorAsync("110107");
        // 119,900 of 345,100 元 is short of the 40 % Beijing asks: Custody publishes CustodyComplianceChanged.
        await factory.StatementAsync(op.CustodyId, 34_510_000, 11_990_000);
        var fact = await Poller.UntilAsync(() => FactAsync(op.OperatorUserId), f => f?.ShortSinceUtc is not null, "the shortfall event handled");
        fact!.ShortfallFen.ShouldBe(1_814_000);
        (await factory.CodeAsync(op.OperatorUserId))!.Colour.ShouldBe(RiskColour.Green);

        // The platform clock only moves forward: the other tests of this class date their records well before it.
        factory.Clock.Advance(TimeSpan.FromDays(31));
        await NightlyAsync();
        var code = (await factory.CodeAsync(op.OperatorUserId))!;
        code.Colour.ShouldBe(RiskColour.Red);
        var reason = RiskCodes.Reasons(code.ReasonsJson).ShouldHaveSingleItem();
        reason.Rule.ShouldBe("存管不足超期");
        reason.Detail.ShouldContain("存管不足 31 天");

        // The bank reports the top-up the next morning: back to 达标, and green at once.
        factory.Clock.Advance(TimeSpan.FromHours(8));
        await factory.StatementAsync(op.CustodyId, 34_510_000, 13_804_000);
        await Poller.UntilAsync(() => factory.CodeAsync(op.OperatorUserId), c => c!.Colour == RiskColour.Green, "the top-up event handled");
        var history = await factory.HistoryAsync(op.OperatorUserId);
        history.Select(h => (h.From, h.To, h.Trigger)).ShouldBe([(RiskColour.Green, RiskColour.Red, "每日重算"), (RiskColour.Red, RiskColour.Green, "存管恢复达标")]);
        RiskCodes.Reasons(history[0].ReasonsJson).Single().Rule.ShouldBe("存管不足超期");
    }

    [Fact]
    public async Task A_serious_dishonesty_record_turns_black_and_lists_the_operator_with_custody_until_it_ends()
    {
        var op = await factory.OperatorAsync("110107");
        var reference = "XY-" + op.Uscc;
        (await factory.IngestAsync(Input(op.Uscc, CreditClasses.SeriousDishonest, reference: reference))).Single().Result.ShouldBe(IntakeResult.Accepted);
        (await factory.CodeAsync(op.OperatorUserId))!.Colour.ShouldBe(RiskColour.Black);
        var listing = (await FlagAsync(op.OperatorUserId))!;
        listing.Listed.ShouldBeTrue();
        listing.Reason.ShouldBe($"{RiskCodes.ReasonPrefix}严重失信主体记录 {reference}（市场监管局，2026-01-05）");

        // The record ends: the listing CreditRisk made is lifted by the nightly run.
        await factory.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var db = sp.GetRequiredService<PlatformDbContext>();
            var record = await db.Set<CreditRecord>().SingleAsync(r => r.Reference == reference);
            db.Entry(record).Property(r => r.EndsOn).CurrentValue = new DateOnly(2026, 1, 6);
            await db.SaveChangesAsync();
        });
        await NightlyAsync();
        (await factory.CodeAsync(op.OperatorUserId))!.Colour.ShouldBe(RiskColour.Green);
        (await FlagAsync(op.OperatorUserId))!.Listed.ShouldBeFalse();
    }

    [Fact]
    public async Task A_listing_set_by_hand_on_the_custody_page_is_left_alone()
    {
        var op = await factory.OperatorAsync("110107");
        await factory.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            (await sp.GetRequiredService<ISeriousDishonestFlags>().SetAsync(op.OperatorUserId, true, "市商务委认定")).ShouldBeTrue();
        });
        (await factory.IngestAsync(Input(op.Uscc, "欠缴水费", "税费"))).Single().Result.ShouldBe(IntakeResult.Accepted);
        await NightlyAsync();
        (await factory.CodeAsync(op.OperatorUserId))!.Colour.ShouldBe(RiskColour.Yellow);
        var listing = (await FlagAsync(op.OperatorUserId))!;
        listing.Listed.ShouldBeTrue();
        listing.Reason.ShouldBe("市商务委认定");
    }

    [Fact]
    public async Task The_city_saves_a_rule_only_when_its_condition_parses_and_every_code_follows_it()
    {
        var op = await factory.OperatorAsync("110107");
        (await factory.IngestAsync(Input(op.Uscc, "股东出资", "基本信息"))).Single().Result.ShouldBe(IntakeResult.Accepted);
        (await factory.CodeAsync(op.OperatorUserId))!.Colour.ShouldBe(RiskColour.Green);

        using var city = await factory.SignedInClientAsync("cityadmin");
        var fields = new Dictionary<string, string>
        {
            ["Order"] = "100", ["Name"] = "申请注销", ["Condition"] = "申请注销 >= 1 且 失信人 >= 1", ["Colour"] = "红码", ["PublicText"] = "该经营者正在申请注销",
        };
        var refused = await (await city.PostFormAsync("/CreditRisk/Rules", fields)).Content.ReadAsStringAsync();
        PlatformClient.ValidationSummary(refused).ShouldContain("第 13 个字符处：未知的事实“失信人”");
        (await RuleCountAsync()).ShouldBe(RiskRules.Defaults.Count);

        fields["Condition"] = "申请注销 >= 1";
        (await city.PostFormAsync("/CreditRisk/Rules", fields)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await RuleCountAsync()).ShouldBe(RiskRules.Defaults.Count + 1);
        (await factory.IngestAsync(Input(op.Uscc, CreditClasses.Deregistering, "基本信息"))).Single().Result.ShouldBe(IntakeResult.Accepted);
        var code = (await factory.CodeAsync(op.OperatorUserId))!;
        code.Colour.ShouldBe(RiskColour.Red);
        code.Barred.ShouldBeTrue();
    }

    [Fact]
    public async Task A_night_that_finds_a_code_as_it_was_leaves_its_row_and_history_alone()
    {
        var op = await factory.OperatorAsync("110107");
        (await factory.IngestAsync(Input(op.Uscc, "欠缴燃气费", "税费"))).Single().Result.ShouldBe(IntakeResult.Accepted);
        var first = (await factory.CodeAsync(op.OperatorUserId))!;
        first.Colour.ShouldBe(RiskColour.Yellow);
        var history = (await factory.HistoryAsync(op.OperatorUserId)).Count;

        // The nightly run writes only what changes (issue 17 · Speed): a later night that finds the same colour and
        // reasons keeps the row as it was, the time of its last change included.
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await NightlyAsync();
        var after = (await factory.CodeAsync(op.OperatorUserId))!;
        (after.Colour, after.ReasonsJson, after.ComputedAtUtc).ShouldBe((first.Colour, first.ReasonsJson, first.ComputedAtUtc));
        (await factory.HistoryAsync(op.OperatorUserId)).Count.ShouldBe(history);

        // A record that ends changes the code: that night writes it, with its history row.
        await factory.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var db = sp.GetRequiredService<PlatformDbContext>();
            var record = await db.Set<CreditRecord>().SingleAsync(r => r.OperatorUserId == op.OperatorUserId && r.Type == "欠缴燃气费");
            db.Entry(record).Property(r => r.EndsOn).CurrentValue = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8)).AddDays(-1);
            await db.SaveChangesAsync();
        });
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await NightlyAsync();
        var ended = (await factory.CodeAsync(op.OperatorUserId))!;
        ended.Colour.ShouldBe(RiskColour.Green);
        ended.ComputedAtUtc.ShouldBe(factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMilliseconds(1));
        (await factory.HistoryAsync(op.OperatorUserId)).Count.ShouldBe(history + 1);
    }

    private Task<int> RuleCountAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<RiskRule>().CountAsync());

    private Task<CustodyFact?> FactAsync(Guid operatorUserId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<CustodyFact>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(f => f.OperatorUserId == operatorUserId));

    private Task<SeriousDishonestStatus?> FlagAsync(Guid operatorUserId) =>
        factory.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<ISeriousDishonestFlags>().FindAsync(operatorUserId);
        });
}
