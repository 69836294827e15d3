namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>City code that works across districts asks here; it refuses anyone without the city permission.</summary>
public interface ICrossTenantAccess
{
    /// <summary>Disables the tenant filter for the scope. Throws <see cref="UnauthorizedAccessException"/> unless the current user may work across districts.</summary>
    IDisposable EnterCityScope();
}
