namespace PrepaidPlatform.Identity;

public static class IdentityPermissions
{
    public const string GroupName = "账号与权限";

    /// <summary>City: create district and city staff accounts, assign roles, reset passwords and authenticators.</summary>
    public const string StaffManage = "Identity.Staff.Manage";
}

/// <summary>The roles of the three sides (SPEC "Who uses it").</summary>
public static class PlatformRoles
{
    /// <summary>市商务委管理员.</summary>
    public const string CityAdmin = "city-admin";

    /// <summary>区商务部门审核/监管人员.</summary>
    public const string DistrictReviewer = "district-reviewer";

    /// <summary>经营者管理员.</summary>
    public const string OperatorAdmin = "operator-admin";
}
