using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Steps;

/// <summary><c>timer.workingDays</c>: starts a timer of N working days (platform calendar) in the state being entered.</summary>
internal sealed class WorkingDaysTimerAction(TimerPlanner planner, IClock clock) : IWorkflowAction
{
    public string Name => "timer.workingDays";

    public string DisplayName => "工作日计时";

    public string Description => "启动工作日计时器：在进入的状态停留满 N 个工作日后触发流转，或记为办理超时";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new("name", WorkflowParameterType.Text, true, "计时器代码，同一状态内不重复", Label: "计时器代码（自动生成）", ChoicesFrom: WorkflowChoiceLists.GeneratedCode),
        new("days", WorkflowParameterType.WholeNumber, true, "工作日数（按平台工作日历）", Label: "工作日数"),
        new("trigger", WorkflowParameterType.Text, false, "到期时触发的流转；不选则记为办理超时", Label: "到期触发", ChoicesFrom: WorkflowChoiceLists.Trigger),
        new("deadline", WorkflowParameterType.Boolean, false, "是否为办理时限（到期即超时）", Label: "办理时限（到期即超时）"),
    ];

    public async Task ExecuteAsync(WorkflowStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var args = context.Arguments;
        var days = args.WholeNumber("days") ?? 0;
        if (days <= 0)
        {
            throw new InvalidOperationException("工作日计时器的天数必须大于 0。");
        }

        var due = await planner.DueAsync(clock.UtcNow.UtcDateTime, days, TimerUnit.WorkingDays, cancellationToken);
        context.StartTimer(new WorkflowTimerRequest(args.RequiredText("name"), due, args.Text("trigger"), args.Boolean("deadline"), days));
    }
}
