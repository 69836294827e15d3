namespace PrepaidPlatform.Workflows.Application;

/// <summary>The page where staff handle an instance's subject: the owning module's link, else the instance's journal.</summary>
internal sealed class SubjectLinks
{
    private readonly Dictionary<string, IWorkflowSubjectLink> _links;

    public SubjectLinks(IEnumerable<IWorkflowSubjectLink> links)
    {
        _links = new Dictionary<string, IWorkflowSubjectLink>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (!_links.TryAdd(link.SubjectType, link))
            {
                throw new InvalidOperationException($"办理对象类型 {link.SubjectType} 的链接被重复注册。");
            }
        }
    }

    public string UrlFor(WorkflowInstanceDto instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return UrlFor(instance.SubjectType, instance.SubjectId, instance.Id);
    }

    public string UrlFor(string subjectType, string subjectId, Guid instanceId)
    {
        var url = _links.TryGetValue(subjectType, out var link) ? link.UrlFor(subjectId) : null;
        // Only local pages: a module's template must not turn the inbox into an open redirect.
        return url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            ? url
            : DetailsUrl(instanceId);
    }

    public static string DetailsUrl(Guid instanceId) => $"/Workflows/Instances/Details?id={instanceId}";
}
