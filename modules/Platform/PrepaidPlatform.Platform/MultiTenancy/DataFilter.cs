using System.Collections.Immutable;

namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>Filters are on unless a scope disabled them; the state flows with the async context like <see cref="CurrentTenant"/>.</summary>
internal sealed class DataFilter : IDataFilter
{
    private static readonly AsyncLocal<ImmutableHashSet<Type>?> Disabled = new();

    public bool IsEnabled<TFilter>() where TFilter : class => Disabled.Value?.Contains(typeof(TFilter)) != true;

    public IDisposable Disable<TFilter>() where TFilter : class
    {
        var parent = Disabled.Value;
        Disabled.Value = (parent ?? []).Add(typeof(TFilter));
        return new DisposeAction(() => Disabled.Value = parent);
    }
}
