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
/// its operators turn short (their administrators' phones are looked up in one query, not one each).
/// </summary>
public sealed class StatementBatchCommandTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    // The reads of a batch, on either database: the accounts, the references, the open episodes, the rules, the policies,
    // and, when some turn short, the administrators' phones and the message template (read once per unit of work).
    private static int Reads(IEnumerable<string> commands) => commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.Ordinal));

    private async Task<(StatementBatchOutcome Outcome, IReadOnlyList<string> Commands)> IngestAsync(ABank bank, IEnumerable<ASupervisedOperator> operators, int custodyPercent)
    {
        var asOf = factory.Clock.GetUtcNow().AddMinutes(-60 + Interlocked.Increment(ref _batches));
        var records = operators.Select(op => new StatementRecordInput(
            op.AccountNumber, asOf.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), "345100.00",
            (3451m * custodyPercent).ToString("0.00", CultureInfo.InvariantCulture), "1000.00", "已监管", null, "CMD-" + Guid.NewGuid().ToString("N"))).ToList();
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
        Reads(sixCommands).ShouldBe(7, string.Join("\n---\n", sixCommands));
        if (TestDatabase.IsMySql)
        {
            // MariaDB sends the save's rows in one batch: the whole count stays put too (SQLite sends a command a row).
            sixCommands.Count.ShouldBe(oneCommands.Count, string.Join("\n---\n", sixCommands));
            sixCommands.Count.ShouldBe(11, string.Join("\n---\n", sixCommands));
        }

        // Still short: the episodes stay open, nobody is told again, and the batch is the steady one.
        var (still, stillCommands) = await IngestAsync(bank, [.. one, .. six], 35);
        still.Count(StatementRecordResult.Accepted).ShouldBe(7);
        stillCommands.ShouldNotContain(c => c.Contains("Identity_Users", StringComparison.Ordinal));
        // Five reads, the statements' INSERT, the figures' UPDATE and the delivery row: on either database.
        Reads(stillCommands).ShouldBe(5, string.Join("\n---\n", stillCommands));
        stillCommands.Count.ShouldBe(8, string.Join("\n---\n", stillCommands));
    }

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
