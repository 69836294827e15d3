using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Supervision.Application.Warnings;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Tests.Support;

/// <summary>
/// The closure-risk signals a test arranges beside what the modules' real contracts read: quarterly reports, credit
/// records and deregistrations each take a whole journey elsewhere, so the real implementations still run their queries
/// on the test database (both providers) and the arranged facts are added to their answers.
/// </summary>
public sealed partial class SupervisionFactory
{
    internal ConcurrentDictionary<Guid, DateOnly[]> ComplaintDays { get; } = new();

    internal ConcurrentBag<QuarterlyFlow> Flows { get; } = [];

    internal ConcurrentBag<CardFeedPosition> FeedPositions { get; } = [];

    internal ConcurrentBag<CreditRecordFact> CreditRecords { get; } = [];

    internal ConcurrentBag<OpenDeregistration> Deregistrations { get; } = [];

    /// <summary>The Beijing day the computation describes.</summary>
    internal DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The last day of the latest ended quarter, and of the one before: the quarters the rule compares.</summary>
    internal (DateOnly Latest, DateOnly Previous) ReportedQuarterEnds
    {
        get
        {
            var latest = Quarter.Of(Today).FirstDay.AddDays(-1);
            return (latest, Quarter.Of(latest).FirstDay.AddDays(-1));
        }
    }

    /// <summary>Two quarterly reports of the operator: the latest ended quarter's and the one before.</summary>
    internal void Reported(ArrangedOperator o, (long Prepaid, long Consumption) previous, (long Prepaid, long Consumption) latest)
    {
        var (latestEnd, previousEnd) = ReportedQuarterEnds;
        Flows.Add(new QuarterlyFlow(o.OperatorUserId, o.TenantId, previousEnd, previous.Prepaid, previous.Consumption));
        Flows.Add(new QuarterlyFlow(o.OperatorUserId, o.TenantId, latestEnd, latest.Prepaid, latest.Consumption));
    }

    /// <summary>Computes the week's warnings as the weekly job does.</summary>
    internal Task<ClosureWarningRun> ComputeWarningsAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<ClosureWarningComputation>().ComputeAsync("测试计算", CancellationToken.None));

    private void ArrangeWarningSources(IServiceCollection services)
    {
        Decorate<IQuarterlyFlows>(services, real => new ArrangedFlows(this, real));
        Decorate<ICardFeedPositions>(services, real => new ArrangedFeed(this, real));
        Decorate<ICreditRecordFacts>(services, real => new ArrangedRecords(this, real));
        Decorate<IDeregistrationApplications>(services, real => new ArrangedDeregistrations(this, real));
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, T> arranged)
        where T : class
    {
        var descriptor = services.Single(d => d.ServiceType == typeof(T));
        var implementation = descriptor.ImplementationType ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered by type.");
        services.Remove(descriptor);
        services.AddScoped(sp => arranged((T)ActivatorUtilities.CreateInstance(sp, implementation)));
    }

    private sealed class ArrangedFlows(SupervisionFactory factory, IQuarterlyFlows real) : IQuarterlyFlows
    {
        public async Task<IReadOnlyList<QuarterlyFlow>> ListAsync(IReadOnlyCollection<DateOnly> quarterEnds, CancellationToken cancellationToken = default) =>
            [.. await real.ListAsync(quarterEnds, cancellationToken), .. factory.Flows.Where(f => quarterEnds.Contains(f.QuarterEnd))];
    }

    private sealed class ArrangedFeed(SupervisionFactory factory, ICardFeedPositions real) : ICardFeedPositions
    {
        public async Task<IReadOnlyList<CardFeedPosition>> OnDaysAsync(IReadOnlyCollection<DateOnly> days, int staleAfterDays, CancellationToken cancellationToken = default) =>
            [.. await real.OnDaysAsync(days, staleAfterDays, cancellationToken), .. factory.FeedPositions.Where(p => days.Contains(p.Day))];
    }

    private sealed class ArrangedRecords(SupervisionFactory factory, ICreditRecordFacts real) : ICreditRecordFacts
    {
        public async Task<IReadOnlyList<CreditRecordFact>> InForceAsync(IReadOnlyCollection<string> types, DateOnly day, CancellationToken cancellationToken = default) =>
            [.. await real.InForceAsync(types, day, cancellationToken), .. factory.CreditRecords.Where(r => types.Contains(r.Type) && r.OccurredOn <= day)];
    }

    private sealed class ArrangedDeregistrations(SupervisionFactory factory, IDeregistrationApplications real) : IDeregistrationApplications
    {
        public async Task<IReadOnlyList<OpenDeregistration>> ListOpenAsync(CancellationToken cancellationToken = default) =>
            [.. await real.ListOpenAsync(cancellationToken), .. factory.Deregistrations];
    }
}
