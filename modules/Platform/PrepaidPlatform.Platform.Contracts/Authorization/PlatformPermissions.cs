namespace PrepaidPlatform.Platform.Authorization;

/// <summary>Permissions of the kernel itself.</summary>
public static class PlatformPermissions
{
    public const string GroupName = "Platform";

    /// <summary>Read and act across every district: only the city holds it.</summary>
    public const string CrossTenant = "Platform.Tenants.CrossTenant";
    public const string AuditRead = "Platform.Audit.Read";
    public const string CalendarManage = "Platform.Calendar.Manage";
    public const string SettingsManage = "Platform.Settings.Manage";
    public const string DistrictSettingsManage = "Platform.Settings.ManageDistrict";
    public const string WorkbenchAccess = "Platform.Workbench.Access";
}
