using System.Text.Json;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;
using Stateless;

namespace PrepaidPlatform.Workflows.Runtime;

/// <summary>
/// Takes one step on a tracked instance: Stateless moves the state (exit, transition actions, entry actions), the
/// new state's timers replace the old state's, the version is bumped and a journal entry added. Nothing is saved here.
/// </summary>
internal sealed class WorkflowStepper(PlatformDbContext db, WorkflowStepCatalog catalog, TimerPlanner planner, ICurrentUser user, IClock clock)
{
    internal const string SystemUserName = "系统";

    public DateTime UtcNow => clock.UtcNow.UtcDateTime;

    /// <summary>Enters the initial state of a new instance: its entry actions and timers.</summary>
    public async Task StartAsync(WorkflowInstance instance, CompiledDefinition definition, CancellationToken cancellationToken)
    {
        var now = UtcNow;
        var started = new List<WorkflowTimerRequest>();
        var context = Context(instance, definition, null, null, definition.Initial.Name, Empty, null, inputGiven: false, started);
        await RunActionsAsync(definition.Initial.EntryActions, context, cancellationToken);
        await EnterAsync(instance, definition, definition.Initial, now, started, cancellationToken);
        Journal(instance, WorkflowJournalKind.Started, now, null, "开始", null, definition.Initial.Name, Empty, null, null, byUser: true);
    }

    /// <summary>Fires an already permitted and guarded transition.</summary>
    public async Task TransitionAsync(WorkflowInstance instance, CompiledDefinition definition, TransitionSpec transition,
        IReadOnlyDictionary<string, string> input, string? comment, string? idempotencyKey, WorkflowJournalKind kind, CancellationToken cancellationToken)
    {
        var now = UtcNow;
        var from = instance.CurrentState;
        var started = new List<WorkflowTimerRequest>();
        var context = Context(instance, definition, transition.Trigger, from, transition.To, input, comment, inputGiven: true, started);

        var outer = Firing.Value;
        Firing.Value = new StepFiring(instance, transition, actions => RunActionsAsync(actions, context, cancellationToken));
        try
        {
            await Machines.GetValue(definition, Build).FireAsync(transition.Trigger);
        }
        finally
        {
            Firing.Value = outer;
        }

        await EnterAsync(instance, definition, definition.State(instance.CurrentState), now, started, cancellationToken);
        instance.Touch();
        Journal(instance, kind, now, transition.Trigger, transition.Label, from, instance.CurrentState, input, comment, idempotencyKey,
            byUser: kind == WorkflowJournalKind.Fired);
    }

    /// <summary>A timer without a trigger fell due: its actions run and the journal records the overdue step.</summary>
    public async Task OverdueAsync(WorkflowInstance instance, CompiledDefinition definition, WorkflowTimer timer, CancellationToken cancellationToken)
    {
        var spec = definition.TimersOf(timer.State).FirstOrDefault(t => t.Name == timer.Name);
        var state = instance.CurrentState;
        var context = Context(instance, definition, null, state, state, Empty, null, inputGiven: false, startTimer: null);
        await RunActionsAsync(spec?.Actions ?? [], context, cancellationToken);
        // The state stays, so the version does too: a reviewer's open page is still current after the overdue mark.
        instance.Timers.Remove(timer);
        Journal(instance, WorkflowJournalKind.Overdue, UtcNow, null, "办理超时", state, state, Empty, $"计时器 {timer.Name} 已到期", null, byUser: false);
    }

    public WorkflowStepContext Context(WorkflowInstance instance, CompiledDefinition definition, string? trigger, string? from, string to,
        IReadOnlyDictionary<string, string> input, string? comment, bool inputGiven, List<WorkflowTimerRequest>? startTimer) =>
        new(WorkflowRuntime.ToDto(instance, definition), trigger, from, to, input, comment, WorkflowArguments.None, inputGiven, startTimer is null ? null : startTimer.Add);

    private async Task RunActionsAsync(IEnumerable<StepSpec> actions, WorkflowStepContext context, CancellationToken cancellationToken)
    {
        foreach (var step in actions)
        {
            // Validation before publish refuses unknown names; a module removed since then is a deployment error.
            var action = catalog.FindAction(step.Name) ?? throw new InvalidOperationException($"流程动作 {step.Name} 未注册。");
            await action.ExecuteAsync(context.WithArguments(new WorkflowArguments(step.Parameters)), cancellationToken);
        }
    }

    private async Task EnterAsync(WorkflowInstance instance, CompiledDefinition definition, StateSpec state, DateTime now,
        List<WorkflowTimerRequest> started, CancellationToken cancellationToken)
    {
        // A timer of an earlier state that continues into this one keeps its start and due time (one 办理时限 over several steps).
        var timers = instance.Timers.Where(t => definition.TimersOf(t.State).Any(s => s.Name == t.Name && s.ContinuesInto(state.Name))).ToList();
        foreach (var spec in definition.TimersOf(state.Name))
        {
            var due = await planner.DueAsync(now, spec.After, spec.Unit, cancellationToken);
            timers.Add(new WorkflowTimer(Guid.NewGuid(), instance.Id, instance.TenantId, state.Name, spec.Name, now, new TimerSpan(spec.After, spec.Unit), due, spec.Trigger, spec.Deadline));
        }

        timers.AddRange(started.Select(r => new WorkflowTimer(Guid.NewGuid(), instance.Id, instance.TenantId, state.Name, r.Name, now,
            r.WorkingDays is { } days ? new TimerSpan(days, TimerUnit.WorkingDays) : null, r.DueAtUtc, r.Trigger, r.IsDeadline)));
        instance.Entered(state.Kind == StateKind.Final, now, timers);
    }

    private void Journal(WorkflowInstance instance, WorkflowJournalKind kind, DateTime now, string? trigger, string? label, string? from, string to,
        IReadOnlyDictionary<string, string> input, string? comment, string? idempotencyKey, bool byUser)
    {
        db.Add(new WorkflowJournalEntry(instance.Id, instance.TenantId, kind, now,
            byUser ? user.Id : null, byUser ? user.UserName : SystemUserName,
            trigger, label, from, to, JsonSerializer.Serialize(input, JournalJson), comment, idempotencyKey));
    }

    /// <summary>The step being taken on this async flow: the instance whose state the shared machine moves, and the actions' runner.</summary>
    private sealed record StepFiring(WorkflowInstance Instance, TransitionSpec Transition, Func<IEnumerable<StepSpec>, Task> Run);

    private static readonly AsyncLocal<StepFiring?> Firing = new();

    private static StepFiring Current => Firing.Value ?? throw new InvalidOperationException("流程状态机只在办理步骤中运行。");

    /// <summary>
    /// One machine per definition version, built on its first step and shared by every step on it since (issue 14: building
    /// it on every step was a measurable part of the step). A version's body never changes, and the machine keeps nothing of
    /// a step: the state it reads and moves and the actions it runs are the step's own, from <see cref="Firing"/>, which each
    /// async flow has to itself. Immediate firing, as nothing fires the machine from inside an action: the queued mode's
    /// shared queue would mix concurrent steps.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CompiledDefinition, StateMachine<string, string>> Machines = new();

    private static StateMachine<string, string> Build(CompiledDefinition definition)
    {
        var machine = new StateMachine<string, string>(() => Current.Instance.CurrentState, s => Current.Instance.CurrentState = s, FiringMode.Immediate);
        foreach (var state in definition.Body.States)
        {
            var configuration = machine.Configure(state.Name);
            foreach (var t in definition.Outgoing(state.Name))
            {
                if (t.To == state.Name)
                {
                    configuration.PermitReentry(t.Trigger);
                }
                else
                {
                    configuration.Permit(t.Trigger, t.To);
                }
            }

            var entryActions = state.EntryActions;
            configuration.OnEntryAsync(() => Current.Run(entryActions));
        }

        machine.OnTransitionedAsync(_ => Current.Run(Current.Transition.Actions));
        return machine;
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    internal static readonly JsonSerializerOptions JournalJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
