using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Reporting.Application.Feed;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Feed.FeedArrangement;

namespace PrepaidPlatform.Reporting.Tests.Feed;

/// <summary>
/// The SQL commands of a card system's T+1 batch (issue 13 · Speed): the operators from the filings alone, the records'
/// INSERT, the links' UPDATE and the delivery row. The links are read only when some are to be created, the references
/// and the days already stored only when the unique indexes skip a row, and each record still answers exactly.
/// </summary>
public sealed class FeedBatchCommandTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    private DateOnly Yesterday => DateOnly.FromDateTime(factory.Clock.GetUtcNow().AddHours(8).UtcDateTime).AddDays(-1);

    private static bool Reads(string command, string table) =>
        command.TrimStart().StartsWith("SELECT", StringComparison.Ordinal) && command.Contains(table, StringComparison.Ordinal);

    private static bool Inserts(string command, string table) =>
        command.TrimStart().StartsWith("INSERT", StringComparison.Ordinal) && command.Contains(table, StringComparison.Ordinal);

    [Fact]
    public async Task A_batch_reads_its_operators_from_the_filings_alone_and_neither_references_nor_days()
    {
        var system = await factory.ACardSystemAsync();
        var ops = new[]
        {
            await factory.AFiledOperatorAsync("110108", "演示企业C1", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10)),
            await factory.AFiledOperatorAsync("110107", "演示企业C2", Cafes, Wanshoulu, new DateOnly(2025, 1, 10)),
        };

        // The first day: the UPDATE moves no link, so the links are read and both created (one INSERT); the next: the UPDATE
        // moves both, and the links are not read.
        foreach (var (day, tag, count, reads) in new[] { (Yesterday.AddDays(-1), "C-1", 6, 2), (Yesterday, "C-2", 4, 1) })
        {
            var (outcome, commands) = await IngestAsync(system, [.. ops.Select((op, i) => Input(op, day, $"{tag}-{i}-{Guid.NewGuid():N}"))]);
            var log = string.Join("\n---\n", commands);
            outcome.Count(FeedRecordResult.Accepted).ShouldBe(2, log);
            commands.Count.ShouldBe(count, log);
            commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)).ShouldBe(reads, log);
            commands.Count(c => Reads(c, "Reporting_CardFeedLinks")).ShouldBe(reads - 1, log);
            var operators = commands.Single(c => Reads(c, "Filing_Filings"));
            operators.ShouldNotContain("Filing_Applications");
            operators.ShouldNotContain("Filing_Licences");
            commands.ShouldNotContain(c => Reads(c, "Reporting_CardFeedRecords"), log);
            commands.Count(c => Inserts(c, "Reporting_CardFeedRecords")).ShouldBe(1, log);
        }

        var links = await Task.WhenAll(ops.Select(op => factory.FeedLinksAsync(op.UserId)));
        links.ShouldAllBe(l => l.Single().FirstDay == Yesterday.AddDays(-1) && l.Single().LastDay == Yesterday);
    }

    [Fact]
    public async Task A_day_or_a_reference_stored_before_answers_through_the_unique_indexes_and_the_rest_is_stored_once()
    {
        var system = await factory.ACardSystemAsync();
        var (reported, other) = (
            await factory.AFiledOperatorAsync("110108", "演示企业C3", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10)),
            await factory.AFiledOperatorAsync("110108", "演示企业C4", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10)));
        var first = "S-" + Guid.NewGuid().ToString("N");
        (await IngestAsync(system, [Input(reported, Yesterday, first)])).Outcome.Count(FeedRecordResult.Accepted).ShouldBe(1);

        // The same day again under a new reference, the first reference again, and another operator's good record.
        var (again, fresh) = ("S-" + Guid.NewGuid().ToString("N"), "S-" + Guid.NewGuid().ToString("N"));
        var (outcome, commands) = await IngestAsync(system, [Input(reported, Yesterday, again), Input(reported, Yesterday.AddDays(-1), first), Input(other, Yesterday, fresh)]);
        outcome.Records.Select(r => r.Result).ShouldBe([FeedRecordResult.Refused, FeedRecordResult.Duplicate, FeedRecordResult.Accepted]);
        outcome.Records[0].Reason.ShouldBe($"该经营者 {Yesterday:yyyy-MM-dd} 的数据已由本系统报送：每个经营者每天只报送一条记录，如需更正请联系市商务委。");

        // The first attempt wrote without reading them, skipping what the indexes hold (no failed command); having skipped
        // rows it was rolled back, and the second read the references and the days and wrote the rest.
        var log = string.Join("\n---\n", commands);
        var inserts = commands.Where(c => Inserts(c, "Reporting_CardFeedRecords")).ToList();
        inserts.Count.ShouldBe(2, log);
        inserts[0].ShouldContain("IGNORE");
        inserts[1].ShouldNotContain("IGNORE");
        commands.Count(c => Reads(c, "Reporting_CardFeedRecords")).ShouldBe(2, log);

        // Nothing of the refused attempt stays.
        (await factory.FeedRecordsAsync(reported.UserId)).Select(r => r.Reference).ShouldBe([first]);
        (await factory.FeedRecordsAsync(other.UserId)).Select(r => r.Reference).ShouldBe([fresh]);
        (await factory.FeedLinksAsync(other.UserId)).Count.ShouldBe(1);
        var link = (await factory.FeedLinksAsync(reported.UserId)).Single();
        (link.FirstDay, link.LastDay).ShouldBe((Yesterday, Yesterday));
    }

    private static FeedRecordInput Input(AFiledOperator op, DateOnly day, string reference) =>
        new(op.Uscc, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "500000.00", "345100.00", "40", "20", reference);

    private async Task<(FeedBatchOutcome Outcome, IReadOnlyList<string> Commands)> IngestAsync(ACardSystem system, List<FeedRecordInput> records)
    {
        IReadOnlyCollection<string> commands = [];
        FeedBatchOutcome? outcome = null;
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var cardSystem = await db.Set<CardSystem>().AsNoTracking().SingleAsync(s => s.Id == system.Id);
            using var watch = factory.Commands.Watch(db, out commands);
            outcome = await sp.GetRequiredService<FeedIngestion>().IngestAsync(cardSystem, records, CancellationToken.None);
        });
        return (outcome!, [.. commands]);
    }
}
