using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Statements;

/// <summary>
/// The SQL commands of a bank's batch (issue 12 · Speed): a fixed number whatever the batch's size and however many of
/// its operators turn short (their administrators' phones are looked up in one query, not one each). The accounts are
/// read with their open episodes and policy offsets in one query, and the references only when the unique index finds
/// one stored.
/// </summary>
public sealed class StatementBatchCommandTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    // The reads of a batch, on either database: the accounts (with their open episodes and policy offsets), the rules,
    // and, when some turn short, the administrators' phones and the message template (read once per unit of work).
    private static int Reads(IEnumerable<string> commands) => commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.Ordinal));

    private Task<(StatementBatchOutcome Outcome, IReadOnlyList<string> Commands)> IngestAsync(ABank bank, IEnumerable<ASupervisedOperator> operators, int custodyPercent) =>
        IngestAsync(bank, operators.Select(op => Record(op, custodyPercent, "CMD-" + Guid.NewGuid().ToString("N"))).ToList());

    private StatementRecordInput Record(ASupervisedOperator op, int custodyPercent, string reference, int minutesAgo = 60) => new(
        op.AccountNumber, factory.Clock.GetUtcNow().AddMinutes(-minutesAgo + Interlocked.Increment(ref _batches)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        "345100.00", (3451m * custodyPercent).ToString("0.00", CultureInfo.InvariantCulture), "1000.00", "已监管", null, reference);

    private async Task<(StatementBatchOutcome Outcome, IReadOnlyList<string> Commands)> IngestAsync(ABank bank, List<StatementRecordInput> records)
    {
        IReadOnlyCollection<string> commands = [];
        StatementBatchOutcome? outcome = null;
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var institution = await db.Set<CustodyInstitution>().AsNoTracking().SingleAsync(i => i.Id == bank.Id);
            using var watch = factory.Commands.Watch(db, out commands);
            outcome = await sp.GetRequiredService<StatementIngestion>().IngestAsync(institution, records, StatementSource.Api, wholeOrNothing: false, CancellationToken.None);
        });
        return (outcome!, [.. commands]);
    }

    private int _batches;

    [Fact]
    public async Task A_batch_takes_the_same_commands_whether_one_or_six_operators_turn_short()
    {
        var bank = await factory.ABankAsync("CMBC");
        var one = new[] { await factory.AnOperatorAsync("reviewer110108", "CMBC") };
        var six = new List<ASupervisedOperator>();
        for (var i = 0; i < 6; i++)
        {
            six.Add(await factory.AnOperatorAsync(i % 2 == 0 ? "reviewer110108" : "reviewer110107", "CMBC"));
        }

        // 30 % of the balance is short of the 40 % asked: each operator opens an episode.
        var (oneShort, oneCommands) = await IngestAsync(bank, one, 30);
        var (sixShort, sixCommands) = await IngestAsync(bank, six, 30);
        oneShort.Count(StatementRecordResult.Accepted).ShouldBe(1);
        sixShort.Count(StatementRecordResult.Accepted).ShouldBe(6);
        (await Task.WhenAll(six.Select(op => factory.EpisodesAsync(op.Id)))).ShouldAllBe(e => e.Count(s => s.EndedAtUtc == null) == 1);
        sixCommands.Count(c => c.Contains("Identity_Users", StringComparison.Ordinal)).ShouldBe(1, string.Join("\n---\n", sixCommands));
        Reads(sixCommands).ShouldBe(Reads(oneCommands), string.Join("\n---\n", sixCommands));
        Reads(sixCommands).ShouldBe(4, string.Join("\n---\n", sixCommands));
        if (TestDatabase.IsMySql)
        {
            // MariaDB sends the save's rows in one batch: the whole count stays put too (SQLite sends a command a row).
            sixCommands.Count.ShouldBe(oneCommands.Count, string.Join("\n---\n", sixCommands));
            sixCommands.Count.ShouldBe(8, string.Join("\n---\n", sixCommands));
        }

        // Still short: the episodes stay open, nobody is told again, and the batch is the steady one.
        var (still, stillCommands) = await IngestAsync(bank, [.. one, .. six], 35);
        still.Count(StatementRecordResult.Accepted).ShouldBe(7);
        stillCommands.ShouldNotContain(c => c.Contains("Identity_Users", StringComparison.Ordinal));
        // Two reads (the accounts, the rules), the statements' INSERT, the figures' UPDATE and the delivery row: on either database.
        Reads(stillCommands).ShouldBe(2, string.Join("\n---\n", stillCommands));
        stillCommands.Count.ShouldBe(5, string.Join("\n---\n", stillCommands));
    }

    [Fact]
    public async Task A_stored_reference_answers_duplicate_through_the_unique_index_and_the_rest_is_stored_once()
    {
        var bank = await factory.ABankAsync("CMBC");
        var (steady, turning) = (await factory.AnOperatorAsync("reviewer110108", "CMBC"), await factory.AnOperatorAsync("reviewer110107", "CMBC"));
        var stored = "DUP-" + Guid.NewGuid().ToString("N");
        (await IngestAsync(bank, [Record(steady, 45, stored, minutesAgo: 30)])).Outcome.Count(StatementRecordResult.Accepted).ShouldBe(1);
        var before = await factory.OperatorAsync(steady.Id);

        // The stored reference again, newer and short (it must change nothing), with another account's record turning short.
        var fresh = "NEW-" + Guid.NewGuid().ToString("N");
        var (outcome, commands) = await IngestAsync(bank, [Record(steady, 30, stored, minutesAgo: 10), Record(turning, 30, fresh)]);
        outcome.Records.Select(r => (r.Reference, r.Result)).ShouldBe([(stored, StatementRecordResult.Duplicate), (fresh, StatementRecordResult.Accepted)]);

        // The first attempt wrote without reading the references, skipping what the index holds (no failed command); having
        // skipped a row it was rolled back, and the second read the references and wrote the rest.
        var log = string.Join("\n---\n", commands);
        var inserts = commands.Where(c => c.TrimStart().StartsWith("INSERT", StringComparison.Ordinal) && c.Contains("Custody_Statements", StringComparison.Ordinal)).ToList();
        inserts.Count.ShouldBe(2, log);
        inserts[0].ShouldContain("IGNORE");
        inserts[1].ShouldNotContain("IGNORE");
        commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.Ordinal) && c.Contains("BankReference", StringComparison.Ordinal)).ShouldBe(1, log);
        commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.Ordinal) && c.Contains("AccountKey", StringComparison.Ordinal)).ShouldBe(2, log);

        // Nothing of the refused attempt stays: one statement each, the steady account's figures as they were, one episode.
        (await factory.StatementCountAsync(steady.Id)).ShouldBe(1);
        (await factory.StatementCountAsync(turning.Id)).ShouldBe(1);
        var after = await factory.OperatorAsync(steady.Id);
        (after.LatestCustodyFen, after.LatestAsOfUtc).ShouldBe((before.LatestCustodyFen, before.LatestAsOfUtc));
        (await factory.EpisodesAsync(steady.Id)).ShouldBeEmpty();
        (await factory.EpisodesAsync(turning.Id)).Count.ShouldBe(1);

        // Resent whole: all duplicate, nothing written.
        var (resent, _) = await IngestAsync(bank, [Record(steady, 30, stored), Record(turning, 45, fresh)]);
        resent.Count(StatementRecordResult.Duplicate).ShouldBe(2);
        (await factory.StatementCountAsync(turning.Id)).ShouldBe(1);
        (await factory.EpisodesAsync(turning.Id)).Single().EndedAtUtc.ShouldBeNull();
    }

    [Fact]
    public async Task The_batch_ends_an_episode_when_its_account_is_back_and_counts_the_policies_valid_today()
    {
        var bank = await factory.ABankAsync("CMBC");
        var (back, insured, expired) = (
            await factory.AnOperatorAsync("reviewer110108", "CMBC"), await factory.AnOperatorAsync("reviewer110108", "CMBC"), await factory.AnOperatorAsync("reviewer110107", "CMBC"));
        // 30 % of 345,100 元 against 40 % asked: 34,510 元 short, which a valid policy of that amount covers and an expired one does not.
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        await PolicyAsync((await factory.OperatorAsync(insured.Id)).Uscc, 3_451_000, today.AddDays(-10), today);
        await PolicyAsync((await factory.OperatorAsync(expired.Id)).Uscc, 3_451_000, today.AddDays(-10), today.AddDays(-1));

        await IngestAsync(bank, [back, insured, expired], 30);
        (await factory.EpisodesAsync(back.Id)).Single().EndedAtUtc.ShouldBeNull();
        (await factory.EpisodesAsync(insured.Id)).ShouldBeEmpty();
        (await factory.EpisodesAsync(expired.Id)).Single().EndedAtUtc.ShouldBeNull();

        // Back to 45 %: the episode ends in the batch's transaction, its row read by key (the one read more than a steady batch's).
        var (outcome, commands) = await IngestAsync(bank, [back], 45);
        outcome.Count(StatementRecordResult.Accepted).ShouldBe(1);
        (await factory.EpisodesAsync(back.Id)).Single().EndedAtUtc.ShouldNotBeNull();
        Reads(commands).ShouldBe(3, string.Join("\n---\n", commands));
    }

    [Fact]
    public async Task An_account_with_two_valid_policies_counts_both_once_and_its_open_episode_ends_when_they_cover_it()
    {
        var bank = await factory.ABankAsync("CMBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "CMBC");
        await IngestAsync(bank, [op], 30);
        (await factory.EpisodesAsync(op.Id)).Single().EndedAtUtc.ShouldBeNull();

        // 34,510 元 short: two valid policies of 17,255 元 cover it together, either alone does not, and an expired one of the
        // whole amount counts for nothing. The accounts' read joins the policies, one row each: they must add up once.
        var uscc = (await factory.OperatorAsync(op.Id)).Uscc;
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        await PolicyAsync(uscc, 1_725_500, today.AddDays(-10), today.AddDays(30));
        await IngestAsync(bank, [op], 30);
        (await factory.EpisodesAsync(op.Id)).Single().EndedAtUtc.ShouldBeNull();
        await PolicyAsync(uscc, 3_451_000, today.AddDays(-10), today.AddDays(-1));
        await IngestAsync(bank, [op], 30);
        (await factory.EpisodesAsync(op.Id)).Single().EndedAtUtc.ShouldBeNull();

        await PolicyAsync(uscc, 1_725_500, today, today);
        var (outcome, commands) = await IngestAsync(bank, [op], 30);
        outcome.Count(StatementRecordResult.Accepted).ShouldBe(1);
        (await factory.EpisodesAsync(op.Id)).Single().EndedAtUtc.ShouldNotBeNull();
        commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.Ordinal) && c.Contains("AccountKey", StringComparison.Ordinal)).ShouldBe(1);
    }

    private Task PolicyAsync(string uscc, long amountFen, DateOnly from, DateOnly to) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        var policy = new CustodyPolicy(Guid.NewGuid(), Guid.NewGuid(), "P" + Guid.NewGuid().ToString("N")[..12], factory.Clock.GetUtcNow().UtcDateTime);
        policy.Set(uscc, amountFen, from, to, null);
        db.Add(policy);
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Each_account_takes_the_figures_of_its_newest_statement_of_the_batch_and_an_older_one_changes_nothing()
    {
        var bank = await factory.ABankAsync("CMBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "CMBC");
        var now = factory.Clock.GetUtcNow();
        StatementRecordInput Row(DateTimeOffset asOf, string custody, string status, string? remark) => new(
            op.AccountNumber, asOf.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), "345100.00", custody, "1000.00", status, remark,
            "NEW-" + Guid.NewGuid().ToString("N"));

        // The bank sends the newest first: the newest still wins, with its status and 说明.
        var batch = new[] { Row(now.AddHours(-1), "150000.00", "信息异常", "户名与备案不符"), Row(now.AddHours(-3), "119900.00", "已监管", null) };
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var institution = await db.Set<CustodyInstitution>().AsNoTracking().SingleAsync(i => i.Id == bank.Id);
            await sp.GetRequiredService<StatementIngestion>().IngestAsync(institution, batch, StatementSource.Api, wholeOrNothing: false, CancellationToken.None);
            // A later batch with an older statement only joins the history.
            await sp.GetRequiredService<StatementIngestion>().IngestAsync(institution, [Row(now.AddHours(-2), "200000.00", "已监管", null)], StatementSource.Api,
                wholeOrNothing: false, CancellationToken.None);
        });

        var stored = await factory.OperatorAsync(op.Id);
        (stored.LatestBalanceFen, stored.LatestCustodyFen, stored.LatestAvailableFen).ShouldBe((34_510_000L, 15_000_000L, 100_000L));
        stored.LatestAsOfUtc!.Value.ShouldBe(now.AddHours(-1).UtcDateTime, TimeSpan.FromSeconds(1));
        (stored.AccountStatus, stored.StatusRemark).ShouldBe((CustodyAccountStatus.Abnormal, "户名与备案不符"));
        (await factory.StatementCountAsync(op.Id)).ShouldBe(3);
    }
}
