namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>
/// The district the current work runs for. <c>null</c> is the host side (the city commission).
/// Modelled on ABP's <c>ICurrentTenant</c>: background work switches with <see cref="Change"/>.
/// </summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    bool IsAvailable => Id.HasValue;

    /// <summary>Runs the enclosed work as the given tenant until the returned scope is disposed.</summary>
    IDisposable Change(Guid? tenantId);
}
