namespace PrepaidPlatform.Platform.Authorization;

/// <summary>A permission a module defines (ABP's <c>PermissionDefinitionProvider.Define</c> seam).</summary>
public sealed record PermissionDefinition(string Name, string DisplayName, string Group, PlatformSide Side);

public interface IPermissionDefinitionContext
{
    /// <summary>Adds a permission. Names follow <c>Module.Entity.Action</c>.</summary>
    void Add(string name, string displayName, string group, PlatformSide side);
}

/// <summary>Checks whether the current user holds a permission.</summary>
public interface IPermissionChecker
{
    bool IsGranted(string permissionName);
}
