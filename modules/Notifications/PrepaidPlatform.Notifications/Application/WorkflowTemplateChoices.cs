using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>
/// The message templates a definition's <c>notify</c> may send, by their Chinese names, for the designer's list: the
/// city picks 备案通过 instead of typing <c>filing.approved</c>. Verification codes are sent by sign-in and registration,
/// never by a workflow step, so they are not offered.
/// </summary>
internal sealed class WorkflowTemplateChoices : IWorkflowChoiceSource
{
    public string List => WorkflowChoiceLists.NotificationTemplate;

    public IReadOnlyList<WorkflowChoice> Choices { get; } = TemplateCatalog.All
        .Where(t => t.Key != NotificationTemplateKeys.VerificationCode)
        .Select(t => new WorkflowChoice(t.Key, t.Name))
        .ToList();
}
