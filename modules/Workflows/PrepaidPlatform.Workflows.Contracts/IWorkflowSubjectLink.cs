namespace PrepaidPlatform.Workflows;

/// <summary>
/// Where staff handle a subject of one type: the module that owns the subject registers it
/// (<c>services.AddSingleton&lt;IWorkflowSubjectLink&gt;(new WorkflowSubjectLink("filing.application", id =&gt; $"/Filing/Review/{id}"))</c>),
/// and the work inbox links each item there. A subject type without one links to the instance's journal.
/// </summary>
public interface IWorkflowSubjectLink
{
    string SubjectType { get; }

    /// <summary>A local URL (starting with <c>/</c>) of the page where the subject is handled.</summary>
    string UrlFor(string subjectId);
}

/// <summary>A subject link from a URL template.</summary>
public sealed class WorkflowSubjectLink(string subjectType, Func<string, string> url) : IWorkflowSubjectLink
{
    public string SubjectType { get; } = subjectType;

    public string UrlFor(string subjectId) => url(subjectId);
}
