using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using PrepaidPlatform.Platform.Authorization;

namespace PrepaidPlatform.Platform.Security;

internal sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => httpContextAccessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;

    public string? UserName => IsAuthenticated ? Principal?.Identity?.Name : null;

    public PlatformSide? Side => Enum.TryParse<PlatformSide>(Principal?.FindFirst(PlatformClaimTypes.Side)?.Value, out var side) ? side : null;
}
