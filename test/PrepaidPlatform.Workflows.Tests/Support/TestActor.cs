using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Workflows.Tests.Support;

/// <summary>Who the code under test runs as: set per async flow, so two concurrent reviewers in one test stay apart. Nobody by default (the system).</summary>
internal static class TestActor
{
    private static readonly AsyncLocal<Actor?> Current = new();

    private sealed record Actor(Guid Id, string UserName, PlatformSide Side, HashSet<string> Permissions);

    public static IDisposable As(string userName, PlatformSide side, params string[] permissions)
    {
        var previous = Current.Value;
        Current.Value = new Actor(Guid.NewGuid(), userName, side, [.. permissions]);
        return new Restore(() => Current.Value = previous);
    }

    public static IDisposable Reviewer(string userName = "reviewer110108") => As(userName, PlatformSide.District, WorkflowPermissions.Review);

    public static IDisposable Operator(string userName = "91110107MA01AB2C3C") => As(userName, PlatformSide.Operator, WorkflowPermissions.Submit);

    internal sealed class User : ICurrentUser
    {
        public bool IsAuthenticated => Current.Value is not null;

        public Guid? Id => Current.Value?.Id;

        public string? UserName => Current.Value?.UserName;

        public PlatformSide? Side => Current.Value?.Side;
    }

    internal sealed class Permissions : IPermissionChecker
    {
        public bool IsGranted(string permissionName) => Current.Value?.Permissions.Contains(permissionName) == true;
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
