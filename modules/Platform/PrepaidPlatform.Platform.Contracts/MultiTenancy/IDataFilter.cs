namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>
/// Switches global query filters off for a scope (ABP's <c>IDataFilter.Disable&lt;T&gt;()</c>).
/// Turning the tenant filter off is a cross-district read: callers go through
/// <see cref="ICrossTenantAccess"/>, which checks the city permission first.
/// </summary>
public interface IDataFilter
{
    bool IsEnabled<TFilter>() where TFilter : class;

    IDisposable Disable<TFilter>() where TFilter : class;
}
