using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Workflows.Definitions;

/// <summary>
/// What a district override may not change in the city's default (issue 15): who acts at each step. A district may
/// relabel, add steps, reminders and actions, but a step the city gave to the district's reviewers stays with them, and
/// a step the operator takes stays with the operator:
/// <list type="bullet">
/// <item>every transition names a permission (without one, anyone who sees the instance — the operator too — may fire it);</item>
/// <item>a transition leaving a state of the city's default uses a permission the city's transitions leave it with, and
/// one entering such a state a permission the city's transitions enter it with (so neither 审核中 → 已通过 nor a detour
/// through a new state reaches 已通过 with the operator's permission or none);</item>
/// <item>no timer fires a transition that needs a district permission: 审核通过, 驳回 and the like are a person's
/// decision, a timer may remind, mark a deadline or take an operator-side step (such as withdrawing a stale draft).</item>
/// </list>
/// The city's own defaults are not bound by these rules: they are the reference the rules compare with.
/// </summary>
internal static class DistrictOverrideRules
{
    public static IEnumerable<DefinitionProblem> Check(WorkflowBody body, WorkflowBody? cityDefault, PermissionDefinitionManager permissions)
    {
        var sides = permissions.All.ToDictionary(p => p.Name, p => p.Side, StringComparer.Ordinal);
        var leaving = Permissions(cityDefault, t => t.From);
        var entering = Permissions(cityDefault, t => t.To);
        var labels = body.States.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);
        string Label(string state) => labels.TryGetValue(state, out var label) ? label : state;

        for (var index = 0; index < body.Transitions.Count; index++)
        {
            var t = body.Transitions[index];
            var where = $"流转“{t.Label}”（{t.From} → {t.To}）";
            if (t.Permission is not { } permission)
            {
                yield return new DefinitionProblem($"{where}没有指定办理权限：本区流程的每个流转都须指定权限，否则能看到事项的人（包括经营者）都可以办理。", Transition: index);
                continue;
            }

            if (!sides.TryGetValue(permission, out var side))
            {
                continue; // the validator names an unknown permission already
            }

            if (leaving.TryGetValue(t.From, out var fromAllowed) && !fromAllowed.Contains(permission))
            {
                yield return new DefinitionProblem(
                    $"{where}要求{SideName(side)}权限 {permission}，但全市流程中“{Label(t.From)}”这一步由持 {Names(fromAllowed)} 的{SideName(SideOf(fromAllowed, sides))}办理：本区流程不能取消或更换这一步的办理权限。",
                    Transition: index);
            }
            else if (entering.TryGetValue(t.To, out var toAllowed) && !toAllowed.Contains(permission))
            {
                yield return new DefinitionProblem(
                    $"{where}要求{SideName(side)}权限 {permission}，但全市流程中只有持 {Names(toAllowed)} 的{SideName(SideOf(toAllowed, sides))}才能使事项进入“{Label(t.To)}”：本区流程不能绕过这一办理权限。",
                    Transition: index);
            }
        }

        foreach (var timer in body.Timers.Where(t => t.Trigger is not null))
        {
            var fired = body.Transitions.FirstOrDefault(t => t.From == timer.State && t.Trigger == timer.Trigger);
            if (fired?.Permission is { } permission && sides.TryGetValue(permission, out var side) && side == PlatformSide.District)
            {
                yield return new DefinitionProblem(
                    $"计时器 {timer.Name} 到期触发“{fired.Label}”，这是须由区级工作人员（{permission}）作出的办理决定：本区流程不能让计时器代替审核，到期只能提醒或记为办理超时。",
                    State: timer.State);
            }
        }
    }

    /// <summary>For each state of the city's default, the permissions its transitions leave (or enter) it with.</summary>
    private static Dictionary<string, HashSet<string>> Permissions(WorkflowBody? cityDefault, Func<TransitionSpec, string> state)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var t in cityDefault?.Transitions ?? [])
        {
            if (t.Permission is { } permission)
            {
                (result.TryGetValue(state(t), out var set) ? set : result[state(t)] = new HashSet<string>(StringComparer.Ordinal)).Add(permission);
            }
        }

        return result;
    }

    private static string Names(HashSet<string> permissions) => string.Join("、", permissions.Order(StringComparer.Ordinal));

    private static PlatformSide? SideOf(HashSet<string> permissions, Dictionary<string, PlatformSide> sides)
    {
        var found = permissions.Where(sides.ContainsKey).Select(p => sides[p]).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static string SideName(PlatformSide? side) => side switch
    {
        PlatformSide.District => "区级工作人员",
        PlatformSide.Operator => "经营者",
        PlatformSide.City => "市级工作人员",
        _ => "办理人",
    };
}
