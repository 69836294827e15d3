using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>What the shared review form (<c>_ReviewForm</c>) shows: the steps offered now, the form's key and the reason as typed, and the journal.</summary>
internal sealed record ReviewFormView(
    IReadOnlyList<WorkflowTriggerDto> Steps,
    WorkflowInstanceDto? Instance,
    string IdempotencyKey,
    string? Reason,
    IReadOnlyDictionary<string, string> InputErrors,
    IReadOnlyList<WorkflowJournalEntryDto> Journal,
    Func<DateTime?, string> Local);
