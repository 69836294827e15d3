namespace PrepaidPlatform.Workflows;

/// <summary>Permissions of the workflow engine (<c>Group.Entity.Action</c>).</summary>
public static class WorkflowPermissions
{
    public const string GroupName = "业务流程";

    /// <summary>City: read the definitions, their versions and every instance with its journal.</summary>
    public const string DefinitionsRead = "Workflows.Definitions.Read";

    /// <summary>City: edit, validate and publish the city's definitions.</summary>
    public const string DefinitionsManage = "Workflows.Definitions.Manage";

    /// <summary>District: design and publish the own district's override of a lifecycle (never another district's).</summary>
    public const string OverridesManage = "Workflows.Overrides.Manage";

    /// <summary>Operator: submit, resubmit or withdraw an application of the own enterprise.</summary>
    public const string Submit = "Workflows.Applications.Submit";

    /// <summary>District: accept, review, approve, reject or return an application of the own district.</summary>
    public const string Review = "Workflows.Applications.Review";
}
