using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Application;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.Instances;

/// <summary>流程记录: one instance, its state and due time, and its journal (who, when, from, to, why); a district sees only its own.</summary>
[Authorize(Policy = WorkflowPolicies.Instances)]
internal sealed class DetailsModel(WorkflowQueries queries, SubjectLinks links, IClock clock) : PageModel
{
    public WorkflowInstanceDto Instance { get; private set; } = null!;

    public IReadOnlyList<WorkflowJournalEntryDto> Journal { get; private set; } = [];

    public IReadOnlyDictionary<string, string> StateLabels { get; private set; } = new Dictionary<string, string>();

    /// <summary>The body of the version this instance runs on, drawn read-only above the journal.</summary>
    public string DefinitionJson { get; private set; } = "{}";

    /// <summary>流程名称 of the version (备案登记), never its key.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Where the subject is handled (the owning module's page), instead of its type code and id.</summary>
    public string SubjectUrl => links.UrlFor(Instance);

    public bool Overdue => Instance.IsOverdueAt(clock.UtcNow.UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await queries.InstanceAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        (Instance, Journal, StateLabels, DefinitionJson) = (found.Instance, found.Journal, found.StateLabels, found.DefinitionJson);
        Title = PrepaidPlatform.Workflows.Definitions.WorkflowBodyJson.Parse(DefinitionJson).Body?.Title ?? string.Empty;
        return Page();
    }

    public string Label(string? state) => state is null ? "—" : StateLabels.GetValueOrDefault(state, state);

    public string Local(DateTime? utc) => clock.Format(utc);
}
