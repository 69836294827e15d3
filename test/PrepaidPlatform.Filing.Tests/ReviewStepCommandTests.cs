using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Numbering;
using PrepaidPlatform.Host.Data;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows;
using Xunit.Abstractions;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// What one review step costs in SQL commands when the district takes it on its page (issue 14's figure "流程步骤 受理 +
/// 审核通过" counts the same: the step's run, from its first read to its commit, on the request's context; the page's
/// reads before and after it are not the step's). A command more is a regression to explain, a command fewer a reason to
/// lower the pin.
/// </summary>
public sealed class ReviewStepCommandTests(ReviewStepCommandTests.CountingFactory factory, ITestOutputHelper output)
    : IClassFixture<ReviewStepCommandTests.CountingFactory>
{
    /// <summary>
    /// 受理 on MariaDB: the application (tracked, with its licence's name and registration date); the instance with its
    /// timers and whether the step's key was used; the head of the transaction's lane of the day's audit chain locked and
    /// read (one command of two statements); the step's save in one batch (application status, instance, journal entry, outbox message, their audit
    /// rows and the head's move).
    /// </summary>
    private const int AcceptOnMariaDb = 4;

    /// <summary>
    /// 审核通过 on MariaDB: 受理's four, and the applicant's custody section with the operator's custody row beside it (one
    /// query of the Custody module, before the step). The 备案编号 is bumped and read back right before the save, in the
    /// command that locks the audit chain lane's head (受理's fourth, taken earlier here; the day's row known to exist).
    /// </summary>
    private const int ApproveOnMariaDb = 5;

    /// <summary>SQLite sends each statement of a save as a command of its own: the same work, more commands.</summary>
    private const int AcceptOnSqlite = 10;

    /// <summary>
    /// 22 since the filing's row of the portal's name search (FilingSearchEntry) is inserted with it: one statement more,
    /// which on MariaDB goes in the save's batch; 21 since the custody section and row are one query.
    /// </summary>
    private const int ApproveOnSqlite = 21;

    [Fact]
    public async Task Accepting_and_approving_an_application_on_the_review_page_costs_a_fixed_number_of_SQL_commands()
    {
        using (var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser))
        {
            (await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var application = await factory.DemoApplicationAsync();
        // The day's first approval on a host looks for the day's 备案编号 row (once); the figure measures the approvals after
        // it. Committed: SQLite makes the row inside the transaction.
        await factory.InScopeAsync(async sp =>
        {
            await using var transaction = await sp.GetRequiredService<PlatformDbContext>().Database.BeginTransactionAsync();
            await sp.GetRequiredService<FilingNumberAllocator>().NextAsync(default);
            await transaction.CommitAsync();
        });

        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var accept = await CountedStepAsync(reviewer, application.Id, "accept", "已受理");
        var approve = await CountedStepAsync(reviewer, application.Id, "approve", "已审核通过");
        (await factory.DemoApplicationAsync()).Status.ShouldBe(FilingApplicationStatus.Approved);

        var mariaDb = factory.Database.Provider == "MySql";
        accept.Count.ShouldBe(mariaDb ? AcceptOnMariaDb : AcceptOnSqlite, string.Join(Environment.NewLine, accept));
        approve.Count.ShouldBe(mariaDb ? ApproveOnMariaDb : ApproveOnSqlite, string.Join(Environment.NewLine, approve));
    }

    private async Task<IReadOnlyList<string>> CountedStepAsync(PlatformClient reviewer, Guid applicationId, string trigger, string notice)
    {
        factory.Steps.Clear();
        var (response, html, _) = await ReviewPage.StepAsync(reviewer, applicationId, trigger);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FilingInfoPage.TestId(html, "decision-notice").ShouldStartWith(notice);
        factory.Steps.Count.ShouldBe(1);
        var commands = factory.Steps.Single();
        output.WriteLine($"{trigger}: {commands.Count} commands{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, commands)}");
        return commands;
    }

    /// <summary>The host with every step run counted: the commands the request's context sends while the step runs.</summary>
    public sealed class CountingFactory : PlatformFactory
    {
        private readonly CommandCounter _commands = new();

        public ConcurrentQueue<IReadOnlyList<string>> Steps { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.ConfigureDbContext<SqlitePlatformDbContext>(o => o.AddInterceptors(_commands));
            services.ConfigureDbContext<MySqlPlatformDbContext>(o => o.AddInterceptors(_commands));
            var runner = services.Single(d => d.ServiceType == typeof(IWorkflowStepRunner));
            services.Remove(runner);
            services.AddScoped<IWorkflowStepRunner>(sp => new CountedRunner(
                (IWorkflowStepRunner)ActivatorUtilities.CreateInstance(sp, runner.ImplementationType!), sp.GetRequiredService<PlatformDbContext>(), this));
        }

        private sealed class CountedRunner(IWorkflowStepRunner inner, PlatformDbContext db, CountingFactory factory) : IWorkflowStepRunner
        {
            public async Task<TOutcome> RunAsync<TOutcome>(WorkflowStepRequest request, Func<IWorkflowStep, Task<TOutcome>> work, Func<TOutcome, bool> succeeded,
                CancellationToken cancellationToken = default)
            {
                using var watch = factory._commands.Watch(db, out var commands);
                try
                {
                    return await inner.RunAsync(request, work, succeeded, cancellationToken);
                }
                finally
                {
                    factory.Steps.Enqueue([.. commands]);
                }
            }
        }
    }
}
