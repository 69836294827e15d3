using PrepaidPlatform.Workflows.Definitions;

namespace PrepaidPlatform.Workflows.Runtime;

/// <summary>A published (or retired) version parsed once and indexed for the runtime. Immutable, so it is shared.</summary>
internal sealed class CompiledDefinition
{
    private readonly Dictionary<string, StateSpec> _states;
    private readonly ILookup<string, TransitionSpec> _outgoing;
    private readonly ILookup<string, TimerSpec> _timers;

    public CompiledDefinition(Guid id, string key, int version, WorkflowBody body)
    {
        Id = id;
        Key = key;
        Version = version;
        Body = body;
        _states = body.States.ToDictionary(s => s.Name, StringComparer.Ordinal);
        _outgoing = body.Transitions.ToLookup(t => t.From, StringComparer.Ordinal);
        _timers = body.Timers.ToLookup(t => t.State, StringComparer.Ordinal);
        Initial = body.States.Single(s => s.Kind == StateKind.Initial);
    }

    public Guid Id { get; }

    public string Key { get; }

    public int Version { get; }

    public WorkflowBody Body { get; }

    public StateSpec Initial { get; }

    public StateSpec State(string name) =>
        _states.TryGetValue(name, out var state) ? state : throw new InvalidOperationException($"流程 {Key} v{Version} 没有状态 {name}。");

    public string LabelOf(string state) => _states.TryGetValue(state, out var s) ? s.Label : state;

    public IEnumerable<TransitionSpec> Outgoing(string state) => _outgoing[state];

    public TransitionSpec? Find(string state, string trigger) => _outgoing[state].FirstOrDefault(t => t.Trigger == trigger);

    public IEnumerable<TimerSpec> TimersOf(string state) => _timers[state];

    /// <summary>
    /// A transition that a timer of its state fires and that names no permission is the platform's alone (公示期满注销):
    /// no user is offered it or may fire it, or the notice period could be cut short by anyone who sees the button.
    /// </summary>
    public bool IsTimerOnly(TransitionSpec transition) =>
        transition.Permission is null && _timers[transition.From].Any(t => t.Trigger == transition.Trigger);
}
