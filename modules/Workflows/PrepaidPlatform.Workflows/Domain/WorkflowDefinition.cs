namespace PrepaidPlatform.Workflows.Domain;

internal enum WorkflowDefinitionStatus
{
    Draft = 0,
    Published = 1,
    Retired = 2,
}

/// <summary>
/// One version of a lifecycle. The city's default has <see cref="DistrictId"/> = <see cref="Guid.Empty"/>; a district's
/// override carries the district. Not an <c>IMultiTenant</c> entity on purpose: work in a district must read the city's
/// default beside its own override, and only city or district administrators edit definitions (by permission).
/// A published body never changes again: a change is a new version, and running instances stay on theirs.
/// </summary>
internal sealed class WorkflowDefinition
{
    public static readonly Guid City = Guid.Empty;

    private WorkflowDefinition()
    {
        Key = Body = string.Empty;
    }

    public WorkflowDefinition(Guid id, string key, Guid districtId, int version, string body, DateTime createdAtUtc)
    {
        Id = id;
        Key = key;
        DistrictId = districtId;
        Version = version;
        Body = body;
        Status = WorkflowDefinitionStatus.Draft;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; }

    public Guid DistrictId { get; private set; }

    public int Version { get; private set; }

    public WorkflowDefinitionStatus Status { get; private set; }

    public string Body { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public void ReplaceDraftBody(string body)
    {
        if (Status != WorkflowDefinitionStatus.Draft)
        {
            throw new InvalidOperationException("已发布或已停用的流程版本不能修改，请另存为新版本。");
        }

        Body = body;
    }

    public void Publish(DateTime nowUtc)
    {
        if (Status != WorkflowDefinitionStatus.Draft)
        {
            throw new InvalidOperationException("只有草稿可以发布。");
        }

        Status = WorkflowDefinitionStatus.Published;
        PublishedAtUtc = nowUtc;
    }

    public void Retire() => Status = WorkflowDefinitionStatus.Retired;
}
