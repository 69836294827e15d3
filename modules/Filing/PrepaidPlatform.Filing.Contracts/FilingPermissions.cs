namespace PrepaidPlatform.Filing;

/// <summary>Permissions of filing (<c>Group.Entity.Action</c>).</summary>
public static class FilingPermissions
{
    public const string GroupName = "备案管理";

    /// <summary>Operator: fill in, save and submit the own enterprise's 备案信息.</summary>
    public const string ApplicationsManage = "Filing.Applications.Manage";

    /// <summary>District: read the filing applications of the own district.</summary>
    public const string ApplicationsRead = "Filing.Applications.Read";

    /// <summary>District: suspend and resume the filing codes of the own district (暂停/恢复备案码).</summary>
    public const string CodesManage = "Filing.Codes.Manage";

    /// <summary>City: publish and withdraw the model contract templates (合同模板) that every operator downloads.</summary>
    public const string ContractTemplatesManage = "Filing.ContractTemplates.Manage";
}
