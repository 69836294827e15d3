using Microsoft.AspNetCore.Http;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>
/// The tenant comes from the signed-in user's claim; <see cref="Change"/> overrides it for a scope
/// (background jobs, event handlers, sign-in) and restores the outer value on dispose.
/// </summary>
internal sealed class CurrentTenant(IHttpContextAccessor httpContextAccessor) : ICurrentTenant
{
    private static readonly AsyncLocal<TenantOverride?> Override = new();

    public Guid? Id
    {
        get
        {
            if (Override.Value is { } changed)
            {
                return changed.TenantId;
            }

            var claim = httpContextAccessor.HttpContext?.User.FindFirst(PlatformClaimTypes.TenantId)?.Value;
            return Guid.TryParse(claim, out var id) ? id : null;
        }
    }

    public IDisposable Change(Guid? tenantId)
    {
        var parent = Override.Value;
        Override.Value = new TenantOverride(tenantId);
        return new DisposeAction(() => Override.Value = parent);
    }

    private sealed record TenantOverride(Guid? TenantId);
}

internal sealed class DisposeAction(Action action) : IDisposable
{
    private Action? _action = action;

    public void Dispose() => Interlocked.Exchange(ref _action, null)?.Invoke();
}
