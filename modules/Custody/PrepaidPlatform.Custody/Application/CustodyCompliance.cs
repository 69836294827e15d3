using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// Keeps each operator's 存管不足 episodes (SPEC C3): called after whatever may change the requirement or the custody (a
/// statement, a quarterly report, a policy, the serious-dishonest flag, the rule profile, the daily check). An operator
/// that turns short opens an episode and gets ONE in-app message and ONE SMS; nothing more until it is 达标 again and
/// turns short anew. Every flip publishes <see cref="CustodyComplianceChanged"/>.
/// <para>Only adds to the caller's unit of work: the caller saves, so the episode commits with the change that caused it.
/// A caller acting for several districts (a bank, an insurer) saves with the tenant filter disabled, as it wrote the statements.</para>
/// </summary>
internal sealed class CustodyCompliance(
    PlatformDbContext db,
    CustodyRequirements requirements,
    IRuleProfile rules,
    INotificationSender notifications,
    IAccountDirectory accounts,
    IIntegrationEventPublisher events,
    IDataFilter dataFilter,
    IClock clock)
{
    public async Task ReevaluateAsync(IEnumerable<Guid> operatorIds, CancellationToken cancellationToken = default)
    {
        var ids = operatorIds.Distinct().ToList();
        // Internal callers name the operators they touched, possibly from a machine client's city-wide scope: the ids
        // decide, not the current district. Tracked: a caller's unsaved changes to an operator are what is evaluated.
        var operators = await db.Set<CustodyOperator>().IgnoreQueryFilters().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        await ReevaluateAsync(operators, cancellationToken);
    }

    /// <summary>
    /// Operators with their current figures as the caller holds them: the operators are not read again, and only the
    /// episodes that open or end are tracked, so the caller's save writes only those.
    /// </summary>
    public async Task ReevaluateAsync(IReadOnlyCollection<CustodyOperator> operators, CancellationToken cancellationToken = default)
    {
        var ids = operators.Select(o => o.Id).Distinct().ToList();
        var open = await OpenEpisodesAsync(ids, cancellationToken);
        var views = await requirements.EvaluateAsync(operators, cancellationToken);
        await ApplyAsync(operators, views, open.ContainsKey, open, cancellationToken);
    }

    /// <summary>
    /// A bank's batch (issue 12 · Speed): the operators as just written, each with its open episode's key and its policies'
    /// offset as the batch's own look-up of the accounts read them, so the check reads only the rules, and the episodes it
    /// ends (by key, when any do).
    /// </summary>
    public async Task ReevaluateAsync(IReadOnlyCollection<CustodyCheckFacts> operators, CancellationToken cancellationToken = default)
    {
        if (operators.Count == 0)
        {
            return;
        }

        var figures = await rules.GetAsync(cancellationToken);
        var today = clock.TodayInShanghai;
        var views = operators.ToDictionary(f => f.Operator.Id, f => CustodyRequirements.Evaluate(figures, f.Operator, f.PolicyOffsetFen, today));

        // As OpenEpisodesAsync: the unit of work's own instance of an episode decides (opened, or already ended, earlier in it).
        var local = db.Set<CustodyShortfall>().Local.Where(s => views.ContainsKey(s.OperatorId)).ToDictionary(s => s.Id);
        var open = new Dictionary<Guid, CustodyShortfall>();
        foreach (var episode in local.Values.Where(s => s.EndedAtUtc == null))
        {
            open.TryAdd(episode.OperatorId, episode);
        }

        bool StoredOpen(CustodyCheckFacts f) => f.OpenEpisodeId is { } id && !local.ContainsKey(id);
        var ending = operators.Where(f => !open.ContainsKey(f.Operator.Id) && StoredOpen(f) && views[f.Operator.Id].Met == true)
            .Select(f => f.OpenEpisodeId!.Value).ToList();
        if (ending.Count > 0)
        {
            foreach (var episode in await db.Set<CustodyShortfall>().IgnoreQueryFilters().AsNoTracking().Where(s => ending.Contains(s.Id)).ToListAsync(cancellationToken))
            {
                open.TryAdd(episode.OperatorId, episode);
            }
        }

        var storedOpen = operators.Where(StoredOpen).Select(f => f.Operator.Id).ToHashSet();
        await ApplyAsync([.. operators.Select(f => f.Operator)], views, id => open.ContainsKey(id) || storedOpen.Contains(id), open, cancellationToken);
    }

    /// <summary>
    /// Opens the episode of each operator that turned short and ends the one of each that is 达标 again.
    /// <paramref name="episodes"/> holds the instance of every open episode that may end (those of operators found 达标).
    /// </summary>
    private async Task ApplyAsync(
        IEnumerable<CustodyOperator> operators, IReadOnlyDictionary<Guid, CustodyRequirementView> views, Func<Guid, bool> isOpen,
        IReadOnlyDictionary<Guid, CustodyShortfall> episodes, CancellationToken cancellationToken)
    {
        var turnedShort = new List<(CustodyOperator Operator, CustodyRequirementView View)>();
        foreach (var op in operators)
        {
            var view = views[op.Id];
            var now = clock.UtcNow.UtcDateTime;
            if (view.Met == false && !isOpen(op.Id))
            {
                db.Add(new CustodyShortfall(Guid.NewGuid(), op, view.ShortfallFen, now));
                turnedShort.Add((op, view));
                Publish(op, view, compliant: false, now);
            }
            else if (view.Met == true && isOpen(op.Id))
            {
                var episode = episodes[op.Id];
                if (db.Entry(episode).State == EntityState.Detached)
                {
                    db.Attach(episode);
                }

                episode.End(now);
                Publish(op, view, compliant: true, now);
            }
        }

        await NotifyAsync(turnedShort, cancellationToken);
    }

    /// <summary>
    /// Each operator's open episode: the unit of work's own instance where it has one (opened, or already ended, earlier in
    /// it), else the stored row read untracked: the caller attaches only the episodes it ends.
    /// </summary>
    private async Task<Dictionary<Guid, CustodyShortfall>> OpenEpisodesAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet();
        var local = db.Set<CustodyShortfall>().Local.Where(s => wanted.Contains(s.OperatorId)).ToDictionary(s => s.Id);
        var stored = await db.Set<CustodyShortfall>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => ids.Contains(s.OperatorId) && s.EndedAtUtc == null).ToListAsync(cancellationToken);
        var open = new Dictionary<Guid, CustodyShortfall>();
        foreach (var episode in stored.Select(s => local.GetValueOrDefault(s.Id, s)).Concat(local.Values).Where(s => s.EndedAtUtc == null))
        {
            open.TryAdd(episode.OperatorId, episode);
        }

        return open;
    }

    /// <summary>Every operator of every district: the daily check that catches expired policies and profile changes.</summary>
    public async Task ReevaluateAllAsync(CancellationToken cancellationToken = default)
    {
        // Writes episodes of every district: the job runs as the system, with no district of its own.
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var ids = await db.Set<CustodyOperator>().IgnoreQueryFilters().Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(500))
        {
            await ReevaluateAsync(chunk, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private void Publish(CustodyOperator op, CustodyRequirementView view, bool compliant, DateTime now) =>
        events.Publish(
            new CustodyComplianceChanged(op.OperatorUserId, op.TenantId, op.Uscc, compliant, view.RequiredAfterOffsetFen, view.CustodyFen ?? 0, view.ShortfallFen, now),
            op.TenantId);

    /// <summary>
    /// The in-app message and the SMS of each operator that turned short: the administrators' phones in one query for
    /// the whole batch (a bank's batch that turned sixty operators short asked sixty times, one round trip each).
    /// </summary>
    private async Task NotifyAsync(List<(CustodyOperator Operator, CustodyRequirementView View)> turnedShort, CancellationToken cancellationToken)
    {
        if (turnedShort.Count == 0)
        {
            return;
        }

        var phones = await accounts.AdministratorPhonesForSmsAsync(turnedShort.Select(s => (s.Operator.OperatorUserId, s.Operator.TenantId)).ToList(), cancellationToken);
        foreach (var (op, view) in turnedShort)
        {
            var parameters = new Dictionary<string, string>
            {
                ["operatorName"] = op.OperatorName,
                ["required"] = CustodyRequirements.Yuan(view.RequiredAfterOffsetFen),
                ["custody"] = CustodyRequirements.Yuan(view.CustodyFen ?? 0),
                ["shortfall"] = CustodyRequirements.Yuan(view.ShortfallFen),
            };
            await notifications.NotifyUserAsync(
                new UserNotification(op.OperatorUserId, NotificationTemplateKeys.CustodyShortfall, parameters, "/Custody/Account", op.TenantId), cancellationToken);
            if (phones.GetValueOrDefault(op.OperatorUserId) is { } phone)
            {
                await notifications.SendSmsAsync(new SmsNotification(phone, NotificationTemplateKeys.CustodyShortfall, parameters, op.TenantId), cancellationToken);
            }
        }
    }
}

/// <summary>An operator of a bank's batch with what its custody check needs, read with it: its open episode and its policies' offset today.</summary>
internal sealed record CustodyCheckFacts(CustodyOperator Operator, Guid? OpenEpisodeId, long PolicyOffsetFen);
