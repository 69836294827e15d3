using PrepaidPlatform.Platform.Authorization;

namespace PrepaidPlatform.Platform.Navigation;

/// <summary>A left-menu entry a module contributes. Text is Chinese; the layout localizes it.</summary>
public sealed record MenuItem(string Key, string Text, string? Url, PlatformSide Side, int Order, string? Permission = null, string? ParentKey = null, string? Icon = null);

public interface IMenuContext
{
    void Add(MenuItem item);
}
