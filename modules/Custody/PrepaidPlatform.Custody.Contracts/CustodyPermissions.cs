namespace PrepaidPlatform.Custody;

/// <summary>Permissions of custody (<c>Group.Entity.Action</c>).</summary>
public static class CustodyPermissions
{
    public const string GroupName = "存管管理";

    /// <summary>Operator: read the own 专用存管账户, its statements and the required custody.</summary>
    public const string AccountRead = "Custody.Account.Read";

    /// <summary>District: 存管监测 of the own district (the city reads every district).</summary>
    public const string MonitoringRead = "Custody.Monitoring.Read";

    /// <summary>City: 存管监测 of every district (a district's permission is granted to district roles only).</summary>
    public const string MonitoringReadAll = "Custody.Monitoring.ReadAll";

    /// <summary>City: 存管银行 and 保险机构, their API credentials, complaints and the yearly evaluation.</summary>
    public const string InstitutionsManage = "Custody.Institutions.Manage";

    /// <summary>City: import statements for a bank without the API (Excel/CSV).</summary>
    public const string StatementsImport = "Custody.Statements.Import";

    /// <summary>City: list or delist an operator as 严重失信主体 by hand (until CreditRisk owns the listing).</summary>
    public const string SeriousDishonestManage = "Custody.SeriousDishonest.Manage";
}
