namespace PrepaidPlatform.CreditRisk;

/// <summary>Permissions of 信用风险 (<c>Group.Entity.Action</c>).</summary>
public static class CreditRiskPermissions
{
    public const string GroupName = "信用风险";

    /// <summary>District: read the 信用档案 of the district's operators.</summary>
    public const string RecordsRead = "CreditRisk.Records.Read";

    /// <summary>District: enter a record by hand, with its attachment.</summary>
    public const string RecordsManage = "CreditRisk.Records.Manage";

    /// <summary>City: import records from the Excel template and manage the data centre's API key.</summary>
    public const string RecordsImport = "CreditRisk.Records.Import";

    /// <summary>City: edit the risk-code rules.</summary>
    public const string RulesManage = "CreditRisk.Rules.Manage";

    /// <summary>District: record violations with a 责令整改 order and their rectification (合法性灯), and keep the 重点抽查目录.</summary>
    public const string LegalityManage = "CreditRisk.Legality.Manage";

    /// <summary>District: draw 双随机 inspections, record their results (the drawn inspectors) and publish them.</summary>
    public const string InspectionsManage = "CreditRisk.Inspections.Manage";

    /// <summary>District: refer a finding to an enforcement department (线索移交) and record its 受理 and 办结.</summary>
    public const string ReferralsManage = "CreditRisk.Referrals.Manage";

    /// <summary>City: read every district's 线索移交 (read-only).</summary>
    public const string ReferralsReadAll = "CreditRisk.Referrals.ReadAll";

    /// <summary>City: keep the 执法部门 list the districts refer to.</summary>
    public const string DepartmentsManage = "CreditRisk.Departments.Manage";
}
