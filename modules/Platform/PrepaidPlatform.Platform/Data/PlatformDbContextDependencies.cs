using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Data;

/// <summary>What the one DbContext needs besides its options: the modules whose models it composes, the tenant and filter state, the user for audit.</summary>
public sealed class PlatformDbContextDependencies
{
    internal PlatformDbContextDependencies(ModuleCatalog modules, ICurrentTenant currentTenant, IDataFilter dataFilter, ICurrentUser currentUser, IOutboxSignal outboxSignal, IClock clock)
    {
        Modules = modules;
        CurrentTenant = currentTenant;
        DataFilter = dataFilter;
        CurrentUser = currentUser;
        OutboxSignal = outboxSignal;
        Clock = clock;
    }

    internal ModuleCatalog Modules { get; }

    internal ICurrentTenant CurrentTenant { get; }

    internal IDataFilter DataFilter { get; }

    internal ICurrentUser CurrentUser { get; }

    internal IOutboxSignal OutboxSignal { get; }

    internal IClock Clock { get; }

    /// <summary>This host's lane choice and made days of the audit chain (<see cref="Auditing.AuditChain"/>).</summary>
    internal Auditing.AuditChainLanes AuditLanes { get; } = new();

    /// <summary>For design-time tools (dotnet ef): no user, no tenant, filters on.</summary>
    public static PlatformDbContextDependencies ForDesignTime(ModuleCatalog modules) =>
        new(modules, new DesignTimeTenant(), new DataFilter(), new NoUser(), new OutboxSignal(), new PlatformClock(TimeProvider.System));

    private sealed class DesignTimeTenant : ICurrentTenant
    {
        public Guid? Id => null;

        public IDisposable Change(Guid? tenantId) => new DisposeAction(() => { });
    }

    private sealed class NoUser : ICurrentUser
    {
        public bool IsAuthenticated => false;

        public Guid? Id => null;

        public string? UserName => null;

        public Authorization.PlatformSide? Side => null;
    }
}
