using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>A subject of a district's verification as a step needs it: its instance, its name in the notice, and how 退回 records its reason.</summary>
internal sealed record VerifiedSubject(Guid InstanceId, string Label, Action<string> ReturnWith);

/// <summary>
/// What the quarterly reports (<c>reporting.quarterly</c>) and the 严重失信主体's filings (<c>reporting.dishonest</c>) share
/// on their way through the district: sending a filed subject to the queue, and 通过 / 退回 through the step runner.
/// </summary>
internal static class VerificationSteps
{
    public const string ReturnedState = "returned";

    /// <summary>
    /// Inside the filing's transaction: the subject goes to the district — a new instance on the first filing, the
    /// <c>resubmit</c> step after the district's 退回 (once per <paramref name="resubmitKey"/>: one per filing's revision), the
    /// same wait while it still waits. The instance, or the refusal.
    /// </summary>
    public static async Task<(WorkflowInstanceDto? Instance, string? Error)> SendAsync(
        IWorkflowRuntime workflows, Guid? instanceId, string workflowKey, string subjectType, Guid subjectId, string resubmitKey, CancellationToken cancellationToken)
    {
        if (instanceId is { } id && await workflows.FindAsync(id, cancellationToken) is { Status: WorkflowInstanceStatus.Running } running)
        {
            if (running.CurrentState != ReturnedState)
            {
                return (running, null);
            }

            var fired = await workflows.FireAsync(
                new WorkflowFireRequest(running.Id, "resubmit", IdempotencyKey: resubmitKey), cancellationToken);
            return fired.Succeeded && fired.Instance is not null ? (fired.Instance, null) : (null, fired.Error ?? "提交失败，请稍后重试。");
        }

        var started = await workflows.StartAsync(workflowKey, subjectType, subjectId.ToString(), cancellationToken);
        return started.Succeeded ? (started.Instance, null) : (null, started.Error);
    }

    /// <summary>通过 / 退回 (with the required reason): whatever step the workflow offers the reviewer now, once per form.</summary>
    public static Task<VerificationOutcome> DecideAsync(
        IWorkflowStepRunner steps, string idempotencyKey, string trigger, string? reason, int expectedVersion,
        Func<Task<VerifiedSubject?>> find, string notFoundMessage, CancellationToken cancellationToken)
    {
        var values = reason is null ? null : new Dictionary<string, string> { ["reason"] = reason };
        return steps.RunAsync(new WorkflowStepRequest(idempotencyKey, values, expectedVersion), async step =>
        {
            if (await find() is not { } subject)
            {
                return VerificationOutcome.Refuse(notFoundMessage);
            }

            var offered = await step.OfferedAsync(subject.InstanceId, trigger, cancellationToken);
            if (offered?.ToState == ReturnedState && !string.IsNullOrWhiteSpace(reason))
            {
                subject.ReturnWith(reason.Trim());
            }

            var fired = await step.FireAsync(subject.InstanceId, trigger, cancellationToken);
            if (!fired.Succeeded)
            {
                return new VerificationOutcome(false, fired.Error, fired.FieldErrors);
            }

            var message = fired.Outcome == WorkflowFireOutcome.AlreadyFired ? "该操作已完成，无需重复提交。"
                : offered?.ToState == ReturnedState ? $"已退回{subject.Label}，已通知经营者更正后重新报送。"
                : $"已{offered?.Label ?? "办理"}{subject.Label}。";
            return new VerificationOutcome(true, message, new Dictionary<string, string>());
        }, o => o.Succeeded, cancellationToken);
    }
}
