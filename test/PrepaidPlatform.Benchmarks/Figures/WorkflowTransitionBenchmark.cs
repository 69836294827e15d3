using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Benchmarks.Seeding;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (b) Review steps through the product's own path — <see cref="FilingReview.DecideAsync"/>, which runs the workflow runtime
/// in the step runner: 受理 (待受理 → 审核中, the application's status follows) and 审核通过 (→ 已备案: 备案编号 and filing
/// recorded in the same transaction), by the district's reviewer, 4 at a time. Baseline: the same state change done with
/// raw SQL in one transaction (lock and bump the instance, drop its timer, journal entry, application status) on other open
/// applications. SQL commands are counted on the step's DbContext. Targets: ≥ 500 transitions/s, ≤ 6 commands.
/// </summary>
internal sealed class WorkflowTransitionBenchmark : IBenchmark
{
    /// <summary>Reviewers at work at once: 4, or <c>BENCH_REVIEWERS</c> for a run that asks how the steps scale with more.</summary>
    private static readonly int Workers = int.TryParse(Environment.GetEnvironmentVariable("BENCH_REVIEWERS"), out var n) && n > 0 ? n : 4;

    public string Name => "流程步骤 受理 + 审核通过";

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var pending = context.City.Pending;
        // Four tenths through the product, two through raw SQL; the rest stay 待受理 for the queue page. A fifth of each
        // share (at most WarmUpApplications) goes through its path untimed first: the host of a city has run these steps
        // for days, so the timed part measures the code the JIT settled on, not the tier-0 code and the compilations the
        // first hundreds of steps pay for (the last profile found 21% of the host's time in the JIT during the timing).
        var product = pending.Take(pending.Count * 4 / 10).ToList();
        var raw = pending.Skip(product.Count).Take(pending.Count * 2 / 10).ToList();
        var (productWarmUp, rawWarmUp) = (WarmUpOf(product), WarmUpOf(raw));
        product = product.Skip(productWarmUp.Count).ToList();
        raw = raw.Skip(rawWarmUp.Count).ToList();
        var duration = context.Options.LoadDuration;
        var principals = new Dictionary<Guid, ClaimsPrincipal>();
        foreach (var district in context.City.Districts)
        {
            principals[district.Id] = await ReviewerActor.PrincipalAsync(context.Host.Database.ConnectionString, district, cancellationToken);
        }

        var commands = new ConcurrentDictionary<string, ConcurrentBag<int>>();
        var failures = 0;
        async Task<int> ReviewAsync(PendingApplication application, bool counted)
        {
            foreach (var trigger in new[] { "accept", "approve" })
            {
                var (ok, count) = await DecideAsync(context.Host, principals[application.District.Id], application, trigger, cancellationToken);
                if (!counted)
                {
                    continue;
                }

                commands.GetOrAdd(trigger, _ => []).Add(count);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }

            return 2;
        }

        var warmUp = await RunWorkersAsync(productWarmUp, duration, application => ReviewAsync(application, counted: false));
        await RunWorkersAsync(rawWarmUp, duration, async application =>
            await RawTransition.RunAsync(context.Host.Database.ConnectionString, application, cancellationToken));
        // What the warm-up's steps published is delivered before the timing, as the next figure's would be after it.
        var drained = await context.Host.DrainOutboxAsync(TimeSpan.FromSeconds(60), cancellationToken);
        BenchContext.Log($"warm-up: {warmUp.Count:N0} steps at {warmUp.PerSecond:F0}/s, raw {rawWarmUp.Count * 2:N0}; outbox drained in {drained.Waited.TotalSeconds:F1} s ({drained.Pending} left)");
        var steps = await RunWorkersAsync(product, duration, application => ReviewAsync(application, counted: true));
        BenchContext.Log($"product: {steps.PerSecond:F0} transitions/s, {failures} refused");
        var rawSteps = await RunWorkersAsync(raw, duration, async application =>
            await RawTransition.RunAsync(context.Host.Database.ConnectionString, application, cancellationToken));
        BenchContext.Log($"raw: {rawSteps.PerSecond:F0} transitions/s");

        var accept = commands.GetValueOrDefault("accept")?.ToList() ?? [];
        var approve = commands.GetValueOrDefault("approve")?.ToList() ?? [];
        var mostCommands = accept.Concat(approve).DefaultIfEmpty().Max();
        return new Figure(Name,
        [
            new Measure("transitions/s", steps.PerSecond, "/s", rawSteps.PerSecond, "≥ 500/s", steps.PerSecond >= 500),
            new Measure("SQL commands, 受理 (mean)", accept.DefaultIfEmpty().Average(), "", RawTransition.Commands),
            new Measure("SQL commands, 审核通过 (mean)", approve.DefaultIfEmpty().Average(), "", RawTransition.Commands),
            new Measure("SQL commands (most in one step)", mostCommands, "", RawTransition.Commands, "≤ 6", mostCommands <= 6),
            new Measure("refused steps", failures, ""),
        ],
            $"after {productWarmUp.Count * 2:N0} untimed steps (and {rawWarmUp.Count * 2:N0} raw ones) to warm up, " +
            $"{Workers} concurrent reviewers, at most {duration.TotalSeconds:F0} s or until the {product.Count:N0} applications ran out: {steps.Count:N0} steps " +
            $"in {steps.Elapsed.TotalSeconds:F1} s (raw: {rawSteps.Count:N0} in {rawSteps.Elapsed.TotalSeconds:F1} s). Commands counted on the step's DbContext: BEGIN/COMMIT are not commands; the outbox dispatch after commit is not counted");
    }

    /// <summary>
    /// Untimed applications at the head of a share: a fifth of it, at most this many (2,000 steps, seconds of a quiet host's
    /// work); <c>BENCH_TRANSITION_WARMUP=0</c> times the cold start as the figure did before it had a warm-up.
    /// </summary>
    private static readonly int WarmUpApplications = int.TryParse(Environment.GetEnvironmentVariable("BENCH_TRANSITION_WARMUP"), out var w) && w >= 0 ? w : 1_000;

    private static List<PendingApplication> WarmUpOf(IReadOnlyList<PendingApplication> share) => share.Take(Math.Min(share.Count / 5, WarmUpApplications)).ToList();

    private static async Task<(bool Succeeded, int Commands)> DecideAsync(BenchHost host, ClaimsPrincipal reviewer, PendingApplication application, string trigger,
        CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var actor = ReviewerActor.Enter(scope.ServiceProvider, reviewer);
        // The version the review page would have rendered, read as the page reads it (not counted: it is the page's GET).
        var instance = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().FindAsync(application.InstanceId, cancellationToken)
            ?? throw new InvalidOperationException($"instance {application.InstanceId} not found");
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.ChangeTracker.Clear();
        using var watch = host.Commands.Watch(db, out var commands);
        var outcome = await scope.ServiceProvider.GetRequiredService<FilingReview>()
            .DecideAsync(application.Id, trigger, null, instance.Version, Guid.NewGuid().ToString("N"), cancellationToken);
        return (outcome.Succeeded, commands.Count);
    }

    private sealed record Throughput(int Count, TimeSpan Elapsed)
    {
        public double PerSecond => Count / Elapsed.TotalSeconds;
    }

    /// <summary>Workers take applications until none is left or the time is up; each application counts the steps it took.</summary>
    private static async Task<Throughput> RunWorkersAsync(IReadOnlyList<PendingApplication> applications, TimeSpan duration, Func<PendingApplication, Task<int>> work)
    {
        var queue = new ConcurrentQueue<PendingApplication>(applications);
        var count = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (watch.Elapsed < duration && queue.TryDequeue(out var application))
            {
                Interlocked.Add(ref count, await work(application));
            }
        }));
        return new Throughput(count, watch.Elapsed);
    }
}
