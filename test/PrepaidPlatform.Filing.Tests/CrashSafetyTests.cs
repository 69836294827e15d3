using System.Net;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// The real host process SIGKILLed in the middle of an upload, of a review approval and of an outbox delivery — held
/// at the exact step by a Testing-only pause point — then restarted on the same database and data folder: nothing
/// half-written, nothing doubled, no file without its row or row without its file, the outbox and the timers resume.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const string Reviewer = "reviewer110107";

    // Lends its database and the authenticator keys its clients enrol; the host under test is a child process.
    private readonly PlatformFactory _factory = new();
    private readonly string _dataFolder = Path.Combine(TestDatabase.Folder, "crash-" + Guid.NewGuid().ToString("N")[..8]);
    private HostProcess? _host;

    private TestDatabase Database => _factory.Database;

    private string FilesFolder => Path.Combine(_dataFolder, "files");

    [Fact]
    public async Task A_kill_during_an_upload_keeps_no_row_and_the_clean_up_removes_the_file_it_left()
    {
        await StartAsync(("Testing:PauseAt", "file-stored"));
        using (var operatorClient = await SignedInAsync(FilingRows.DemoUser))
        {
            var submit = FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete());
            await _host!.WaitForOutputAsync("PAUSED AT file-stored");
            _host.Kill();
            await Should.ThrowAsync<HttpRequestException>(submit);
        }

        StoredFiles().Count.ShouldBe(1, "the first upload was in place when the host died");
        (await Database.CountAsync("SELECT COUNT(*) FROM Filing_Applications")).ShouldBe(0);
        (await Database.CountAsync("SELECT COUNT(*) FROM Filing_Attachments")).ShouldBe(0);

        // The clean-up runs at start; a grace period of a second lets it take the crash's file at once.
        await StartAsync(("Storage:OrphanGracePeriod", "00:00:01"));
        await Poller.UntilAsync(() => Task.FromResult(StoredFiles().Count), c => c == 0, "the clean-up to remove the orphaned file");

        using var again = await SignedInAsync(FilingRows.DemoUser);
        (await FilingInfoPage.SubmitAsync(again, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FilesMatchRowsAsync();
    }

    [Fact]
    public async Task A_kill_inside_the_approval_leaves_nothing_of_it_and_a_kill_during_its_delivery_runs_no_handler_twice()
    {
        var application = await SubmittedAndAcceptedAsync();

        // 0. Timers resume: the review's deadline, made due while the host is dead, fires when the next one starts.
        await Database.ExecuteAsync("UPDATE Wf_Timers SET DueAtUtc = '2000-01-01 00:00:00'");
        const string overdue = "SELECT COUNT(*) FROM Wf_Journal WHERE Label = '办理超时'";
        (await Database.CountAsync(overdue)).ShouldBe(0);

        // 1. Killed inside the approval's transaction: the step, the filing, the audit and outbox rows saved in it die with it.
        await StartAsync(("Testing:PauseAt", "workflow-step-saved:approve"));
        await Poller.UntilAsync(() => Database.CountAsync(overdue), c => c == 1, "the timer that fell due while the host was dead to fire");
        (await Database.CountAsync("SELECT COUNT(*) FROM Wf_Timers WHERE DueAtUtc < '2001-01-01'")).ShouldBe(0);
        await OutboxDrainedAsync();
        using (var reviewer = await SignedInAsync(Reviewer))
        {
            var before = await RowCountsAsync();
            var approve = ReviewPage.StepAsync(reviewer, application, "approve");
            await _host!.WaitForOutputAsync("PAUSED AT workflow-step-saved:approve");
            _host.Kill();
            await Should.ThrowAsync<HttpRequestException>(approve);
            (await RowCountsAsync()).ShouldBe(before);
            // On MariaDB the day's 备案编号 counter row is made in autocommit (FilingNumberAllocator), at 0: no number was used.
            (await Database.CountAsync("SELECT COALESCE(SUM(LastValue), 0) FROM Filing_NumberSequences")).ShouldBe(0);
        }

        (await StatusAsync(application)).ShouldBe("UnderReview");

        // 2. The approval taken again, and the host killed once the filing's handler has committed its part of the
        // delivery but before the message is marked delivered. A short claim: the next host takes the message back
        // after two seconds, not five minutes.
        const string handled = "SELECT COUNT(*) FROM Platform_ProcessedEvents WHERE Handler = 'PrepaidPlatform.Filing.Application.FilingStatusSync'";
        var handledBefore = await Database.CountAsync(handled);
        await StartAsync(("Testing:PauseAt", "outbox-handler-committed:FilingStatusSync"), ("Outbox:ClaimDuration", "00:00:02"));
        using (var reviewer = await SignedInAsync(Reviewer))
        {
            FilingInfoPage.TestId((await ReviewPage.StepAsync(reviewer, application, "approve")).Html, "decision-notice").ShouldStartWith("已审核通过");
            await _host!.WaitForOutputAsync("PAUSED AT outbox-handler-committed:FilingStatusSync");
            _host.Kill();
        }

        (await StatusAsync(application)).ShouldBe("Approved", "the handler's transaction was committed before the kill");
        (await Database.CountAsync(handled)).ShouldBe(handledBefore + 1);
        (await Database.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE ProcessedAtUtc IS NULL")).ShouldBeGreaterThan(0);

        // 3. Restarted: the outbox resumes, the handler that had committed is skipped, everything else runs once.
        await StartAsync(("Outbox:ClaimDuration", "00:00:02"));
        await OutboxDrainedAsync();
        (await Database.CountAsync(handled)).ShouldBe(handledBefore + 1, "the redelivery skips the handler that had committed");
        (await Database.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE Failed = 1 OR LastError IS NOT NULL")).ShouldBe(0);
        (await Database.CountAsync("SELECT COUNT(*) FROM Filing_Filings")).ShouldBe(1);
        (await Database.CountAsync($"SELECT COUNT(*) FROM Wf_Journal WHERE {Quote}Trigger{Quote} = 'approve'")).ShouldBe(1);
        await FilesMatchRowsAsync();
    }

    public void Dispose()
    {
        _host?.Dispose();
        TestDatabase.DeleteFolder(_dataFolder);
        _factory.Dispose();
    }

    private static string Quote => TestDatabase.IsMySql ? "`" : "\"";

    /// <summary>(Re)starts the host on the test's database and data folder; the previous one must be dead.</summary>
    private async Task StartAsync(params (string Key, string Value)[] settings)
    {
        _host?.Dispose();
        _host = await HostProcess.StartAsync(Database, _dataFolder, settings.ToDictionary(s => s.Key, s => s.Value));
    }

    private async Task<PlatformClient> SignedInAsync(string userName)
    {
        var client = _host!.ClientFor(_factory);
        await client.SignInAsync(userName, PlatformFactory.DemoPassword);
        return client;
    }

    /// <summary>The demo operator's application submitted and accepted by the district, on a host that is then killed (anywhere: all was committed).</summary>
    private async Task<Guid> SubmittedAndAcceptedAsync()
    {
        await StartAsync();
        using (var operatorClient = await SignedInAsync(FilingRows.DemoUser))
        {
            (await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var application = Guid.Parse((await Database.ScalarAsync("SELECT Id FROM Filing_Applications"))!.ToString()!);
        using (var reviewer = await SignedInAsync(Reviewer))
        {
            (await ReviewPage.StepAsync(reviewer, application, "accept")).Html.ShouldContain("已受理");
        }

        await Poller.UntilAsync(() => StatusAsync(application), s => s == "UnderReview", "the application to follow the acceptance");
        await OutboxDrainedAsync();
        _host!.Kill();
        return application;
    }

    private async Task<string?> StatusAsync(Guid application) =>
        (await Database.ScalarAsync($"SELECT Status FROM Filing_Applications WHERE Id = '{IdLiteral(application)}'"))?.ToString();

    private static string IdLiteral(Guid id) => TestDatabase.IsMySql ? id.ToString() : id.ToString().ToUpperInvariant();

    private Task OutboxDrainedAsync() =>
        Poller.UntilAsync(() => Database.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE ProcessedAtUtc IS NULL"), c => c == 0,
            "every outbox message to be delivered", TimeSpan.FromSeconds(60));

    /// <summary>
    /// The rows of every table but the scheduler's and the request log's (they move on their own) and the 备案编号 counters
    /// (a day's row may be made outside the approval's transaction; its value is checked instead).
    /// </summary>
    private async Task<Dictionary<string, int>> RowCountsAsync()
    {
        var tables = new List<string>();
        await using (var db = Database.CreateContext())
        {
            var list = TestDatabase.IsMySql
                ? "SELECT TABLE_NAME AS Value FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                : "SELECT name AS Value FROM sqlite_master WHERE type = 'table'";
            tables.AddRange(await db.Database.SqlQueryRaw<string>(list).ToListAsync());
        }

        var counts = new Dictionary<string, int>();
        foreach (var table in tables.Where(t => !t.StartsWith("QRTZ_", StringComparison.OrdinalIgnoreCase) && t != "Audit_RequestLogs" && t != "Filing_NumberSequences").Order(StringComparer.Ordinal))
        {
            counts[table] = await Database.CountAsync($"SELECT COUNT(*) FROM {Quote}{table}{Quote}");
        }

        return counts;
    }

    /// <summary>The store's finished files (not the unfinished uploads of <c>.incoming</c>).</summary>
    private List<string> StoredFiles() =>
        Directory.Exists(FilesFolder)
            ? Directory.EnumerateFiles(FilesFolder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(FilesFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => !f.StartsWith(".incoming/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>No file without its row, no row without its file.</summary>
    private async Task FilesMatchRowsAsync()
    {
        var keys = new List<string>();
        await using (var db = Database.CreateContext())
        {
            keys.AddRange(await db.Database.SqlQueryRaw<string>("SELECT StoreKey AS Value FROM Filing_Attachments").ToListAsync());
        }

        keys.ShouldNotBeEmpty();
        StoredFiles().ShouldBe(keys.Order(StringComparer.Ordinal).ToList());
    }
}
