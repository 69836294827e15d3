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

    /// <summary>区商务部门审核/监管人员: reviews and supervises, but neither designs the district's workflows nor changes its settings.</summary>
    public const string DistrictReviewer = "district-reviewer";

    /// <summary>区管理员: the district's settings, profile and 本区流程, kept apart from review so no one rewrites the process they review under.</summary>
    public const string DistrictAdmin = "district-admin";

    /// <summary>经营者管理员.</summary>
    public const string OperatorAdmin = "operator-admin";
}
