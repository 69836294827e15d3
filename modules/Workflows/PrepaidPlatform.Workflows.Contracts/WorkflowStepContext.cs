namespace PrepaidPlatform.Workflows;

/// <summary>
/// What a guard or action sees of the step being taken: the instance and its subject, the transition (none for a
/// state's entry on start), the user's input and comment, and the step's own arguments from the definition.
/// </summary>
public sealed class WorkflowStepContext
{
    private readonly Action<WorkflowTimerRequest>? _startTimer;

    public WorkflowStepContext(WorkflowInstanceDto instance, string? trigger, string? fromState, string toState,
        IReadOnlyDictionary<string, string> input, string? comment, WorkflowArguments arguments, bool inputGiven, Action<WorkflowTimerRequest>? startTimer)
    {
        InputGiven = inputGiven;
        Instance = instance;
        Trigger = trigger;
        FromState = fromState;
        ToState = toState;
        Input = input;
        Comment = comment;
        Arguments = arguments;
        _startTimer = startTimer;
    }

    public WorkflowInstanceDto Instance { get; }

    /// <summary>The trigger fired; <c>null</c> when the instance starts in its initial state.</summary>
    public string? Trigger { get; }

    public string? FromState { get; }

    public string ToState { get; }

    public IReadOnlyDictionary<string, string> Input { get; }

    public string? Comment { get; }

    public WorkflowArguments Arguments { get; }

    /// <summary><c>false</c> while the runtime lists the triggers a user may fire: the user has not filled anything in yet.</summary>
    public bool InputGiven { get; }

    public WorkflowStepContext WithArguments(WorkflowArguments arguments) =>
        new(Instance, Trigger, FromState, ToState, Input, Comment, arguments, InputGiven, _startTimer);

    /// <summary>Starts a timer in the state being entered; it is cancelled when the instance leaves that state.</summary>
    public void StartTimer(WorkflowTimerRequest request)
    {
        if (_startTimer is null)
        {
            throw new InvalidOperationException("计时器只能在进入状态时启动。");
        }

        _startTimer(request);
    }
}

/// <summary>
/// A timer in the entered state: at <paramref name="DueAtUtc"/> it fires <paramref name="Trigger"/>, or, without one,
/// records the overdue step. An <paramref name="IsDeadline"/> timer's due time is the instance's due time (办理时限).
/// A timer of <paramref name="WorkingDays"/> working days from the state's entry is counted again when the holiday
/// calendar changes; without it the due time stays as given.
/// </summary>
public sealed record WorkflowTimerRequest(string Name, DateTime DueAtUtc, string? Trigger, bool IsDeadline, int? WorkingDays = null);
