namespace PrepaidPlatform.Notifications;

/// <summary>Names the module behind these contracts for other modules' <c>[DependsOn]</c>: they may not reference its module class.</summary>
public static class NotificationsContracts
{
    public const string ModuleName = "Notifications";
}
