namespace PrepaidPlatform.Workflows.Designer;

/// <summary>
/// The lists a parameter's value is chosen from that come from outside the canvas: each module's
/// (<see cref="IWorkflowChoiceSource"/>, the message templates) and the business statuses of the definition's subject type.
/// The designer's palette offers them; the dry run names the chosen values by them.
/// </summary>
internal sealed class WorkflowChoiceCatalog(IEnumerable<IWorkflowSubjectStatusWriter> statusWriters, IEnumerable<IWorkflowChoiceSource> sources)
{
    public Dictionary<string, IReadOnlyList<WorkflowChoice>> For(string subjectType)
    {
        var lists = sources.GroupBy(s => s.List, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<WorkflowChoice>)g.SelectMany(s => s.Choices).DistinctBy(c => c.Value).ToList(), StringComparer.Ordinal);
        lists[WorkflowChoiceLists.SubjectStatus] = statusWriters.SelectMany(w => w.StatusChoices(subjectType)).DistinctBy(c => c.Value).ToList();
        return lists;
    }
}
