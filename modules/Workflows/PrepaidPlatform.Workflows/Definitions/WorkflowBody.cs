using System.Text.Json;

namespace PrepaidPlatform.Workflows.Definitions;

/// <summary>The JSON body of a definition (documented by <c>workflow-definition.schema.json</c>).</summary>
internal sealed record WorkflowBody
{
    public string Title { get; init; } = string.Empty;

    /// <summary>The kind of subject the instances run for (e.g. <c>filing.application</c>).</summary>
    public string SubjectType { get; init; } = string.Empty;

    public List<StateSpec> States { get; init; } = [];

    public List<TransitionSpec> Transitions { get; init; } = [];

    public List<TimerSpec> Timers { get; init; } = [];

    /// <summary>Where the designer drew each state, by state name: presentation only, so runtime, validation and diff ignore it.</summary>
    public Dictionary<string, LayoutPoint>? Layout { get; init; }
}

/// <summary>A state's position on the designer's canvas (pixels, top-left of the node).</summary>
internal sealed record LayoutPoint
{
    public double X { get; init; }

    public double Y { get; init; }
}

internal enum StateKind
{
    Normal = 0,
    Initial = 1,
    Final = 2,
}

internal sealed record StateSpec
{
    public string Name { get; init; } = string.Empty;

    public string Label { get; init; } = string.Empty;

    public StateKind Kind { get; init; }

    public List<StepSpec> EntryActions { get; init; } = [];
}

internal sealed record TransitionSpec
{
    public string Trigger { get; init; } = string.Empty;

    public string From { get; init; } = string.Empty;

    public string To { get; init; } = string.Empty;

    /// <summary>The button's Chinese label (提交, 受理, 驳回 …).</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The permission the user needs; none: anyone who can see the instance. Timers fire without one.</summary>
    public string? Permission { get; init; }

    public StepSpec? Guard { get; init; }

    public List<StepSpec> Actions { get; init; } = [];

    public List<InputFieldSpec> Inputs { get; init; } = [];
}

/// <summary>A guard or action by its registered name, with its parameter values.</summary>
internal sealed record StepSpec
{
    public string Name { get; init; } = string.Empty;

    public Dictionary<string, JsonElement> Parameters { get; init; } = [];
}

internal sealed record InputFieldSpec
{
    public string Name { get; init; } = string.Empty;

    public string Label { get; init; } = string.Empty;

    public bool Required { get; init; }

    public int? MaxLength { get; init; }
}

internal enum TimerUnit
{
    WorkingDays = 0,
    Days = 1,
    Hours = 2,
}

/// <summary>After <see cref="After"/> in <see cref="State"/>: fire <see cref="Trigger"/>, or, without one, run the actions and mark the step overdue.</summary>
internal sealed record TimerSpec
{
    public string Name { get; init; } = string.Empty;

    public string State { get; init; } = string.Empty;

    public int After { get; init; }

    public TimerUnit Unit { get; init; }

    public string? Trigger { get; init; }

    /// <summary>办理时限: the due time becomes the instance's due time, and the instance is overdue after it.</summary>
    public bool Deadline { get; init; }

    /// <summary>
    /// States entered after <see cref="State"/> in which the timer keeps running instead of being cancelled, so one span
    /// covers several steps: 备案审核 is 3 working days from 提交 through 受理 to 审核 (manual 二、第2步), not 3 for each.
    /// Leaving for any other state cancels it as usual. None: the timer belongs to its state alone.
    /// </summary>
    public List<string>? ContinuesIn { get; init; }

    /// <summary>Whether the timer, started in <see cref="State"/>, keeps running when <paramref name="state"/> is entered.</summary>
    public bool ContinuesInto(string state) => state != State && ContinuesIn is { } states && states.Contains(state, StringComparer.Ordinal);

    public List<StepSpec> Actions { get; init; } = [];
}
