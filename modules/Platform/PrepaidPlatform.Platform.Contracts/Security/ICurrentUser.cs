using PrepaidPlatform.Platform.Authorization;

namespace PrepaidPlatform.Platform.Security;

/// <summary>The signed-in user of the current request, if any.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    PlatformSide? Side { get; }
}
