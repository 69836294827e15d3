namespace PrepaidPlatform.Supervision;

/// <summary>Permissions of 监管看板 (<c>Group.Entity.Action</c>).</summary>
public static class SupervisionPermissions
{
    public const string GroupName = "监管看板";

    /// <summary>District: the district's dashboard and the operators behind its figures.</summary>
    public const string DashboardRead = "Supervision.Dashboard.Read";

    /// <summary>City: every district's dashboard and the quarterly meeting view.</summary>
    public const string DashboardReadAll = "Supervision.Dashboard.ReadAll";

    /// <summary>City: 重新统计, refreshing the snapshots before the nightly run.</summary>
    public const string SnapshotsRefresh = "Supervision.Snapshots.Refresh";
}
