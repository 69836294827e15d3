using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Supervision.Application;
using PrepaidPlatform.Supervision.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Supervision.Tests.Support;

public sealed record RefreshedSnapshot(string Quarter, DateOnly AsOf);

/// <summary>An operator as the dashboards' sources describe it: Filing's entry, its card system and risk code.</summary>
public sealed record ArrangedOperator(
    Guid OperatorUserId, Guid TenantId, string Uscc, string Name, string Industry, string Street, DateOnly FiledOn, string? CardSystem, string Colour, int Complaints);

/// <summary>
/// A host whose Filing directory, card-system connections and risk codes are the arranged operators: a standing filing,
/// a T+1 feed and a risk code each take a whole journey elsewhere, and the dashboards read them only through these
/// contracts. Custody stays real: the arranged operators are put under supervision as an approval does.
/// </summary>
public sealed partial class SupervisionFactory : PlatformFactory
{
    public ConcurrentDictionary<Guid, ArrangedOperator> Operators { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<IFiledOperatorDirectory>();
        services.RemoveAll<ICardSystemConnections>();
        services.RemoveAll<ICreditRiskOverview>();
        services.AddSingleton<IFiledOperatorDirectory>(new ArrangedDirectory(this));
        services.AddSingleton<ICardSystemConnections>(new ArrangedConnections(this));
        services.AddSingleton<ICreditRiskOverview>(new ArrangedRisk(this));
        ArrangeWarningSources(services);
    }

    /// <summary>An operator in the district, under custody with the filing's balance; a statement of <paramref name="custodyFen"/> when given.</summary>
    public async Task<ArrangedOperator> AnOperatorAsync(
        string districtCode, string industry, string street = "测试街道", long balanceFen = 1_000_000, long? custodyFen = null,
        string? cardSystem = null, string colour = Colours.Green, int complaints = 0, DateOnly? filedOn = null)
    {
        var userId = Guid.NewGuid();
        var uscc = SupervisedOperators.RandomUscc();
        var name = "演示企业" + uscc[^6..];
        var custodyId = await SupervisedOperators.AnOperatorAsync(this, districtCode, balanceFen, userId, uscc, name);
        if (custodyFen is { } custody)
        {
            await this.StatementAsync(custodyId, balanceFen, custody);
        }

        var arranged = new ArrangedOperator(userId, await this.TenantAsync(districtCode), uscc, name, industry, street,
            filedOn ?? new DateOnly(2025, 1, 1), cardSystem, colour, complaints);
        Operators[userId] = arranged;
        return arranged;
    }

    /// <summary>Refreshes the snapshot as the nightly job does; the quarter and day it describes.</summary>
    public Task<RefreshedSnapshot> RefreshAsync() =>
        InScopeAsync(async sp =>
        {
            var run = await sp.GetRequiredService<SnapshotRefresh>().RefreshAsync("测试统计", CancellationToken.None);
            return new RefreshedSnapshot(run.Quarter, run.AsOf);
        });

    private sealed class ArrangedDirectory(SupervisionFactory factory) : IFiledOperatorDirectory
    {
        public Task<IReadOnlyList<FiledOperatorEntry>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<FiledOperatorEntry>>([.. factory.Operators.Values.Select(Entry)]);

        public Task<IReadOnlyList<FiledOperatorEntry>> FindByUsccAsync(IReadOnlyCollection<string> usccs, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<FiledOperatorEntry>>([.. factory.Operators.Values.Where(o => usccs.Contains(o.Uscc)).Select(Entry)]);

        private static FiledOperatorEntry Entry(ArrangedOperator o) =>
            new(o.OperatorUserId, o.TenantId, o.Uscc, o.Name, o.FiledOn, "T" + o.Industry.Length, o.Industry, "S" + o.Street.Length, o.Street);
    }

    private sealed class ArrangedConnections(SupervisionFactory factory) : ICardSystemConnections
    {
        public Task<CardSystemConnection?> FindAsync(Guid operatorUserId, CancellationToken cancellationToken = default) =>
            Task.FromResult(factory.Operators.TryGetValue(operatorUserId, out var o) && o.CardSystem is not null ? Connection(o) : null);

        public Task<IReadOnlyDictionary<Guid, CardSystemConnection>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyDictionary<Guid, CardSystemConnection>>(factory.Operators.Values.Where(o => o.CardSystem is not null).ToDictionary(o => o.OperatorUserId, Connection));

        public Task<IReadOnlyDictionary<Guid, CardSystemConnection>> ListAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyDictionary<Guid, CardSystemConnection>>(factory.Operators.Values
                .Where(o => o.CardSystem is not null && operatorUserIds.Contains(o.OperatorUserId)).ToDictionary(o => o.OperatorUserId, Connection));

        private static CardSystemConnection Connection(ArrangedOperator o) => new(o.OperatorUserId, o.CardSystem!, new DateOnly(2026, 12, 1));
    }

    private sealed class ArrangedRisk(SupervisionFactory factory) : ICreditRiskOverview
    {
        // An operator with dated complaints arranged counts those in the period; the others their flat count.
        public Task<IReadOnlyList<CreditRiskOverviewEntry>> ListAsync(DateOnly complaintsFrom, DateOnly complaintsTo, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<CreditRiskOverviewEntry>>([.. factory.Operators.Values.Select(o => new CreditRiskOverviewEntry(o.OperatorUserId, o.TenantId, o.Colour,
                factory.ComplaintDays.TryGetValue(o.OperatorUserId, out var days) ? days.Count(d => d >= complaintsFrom && d <= complaintsTo) : o.Complaints))]);
    }
}
