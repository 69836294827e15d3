using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Feed;

/// <summary>What the city types into a card system's form.</summary>
internal sealed class CardSystemInput
{
    public string? Name { get; set; }

    public string? Uscc { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>A save's result: the system's id, or the field errors with nothing changed.</summary>
internal sealed record CardSystemOutcome(Guid? Id, IReadOnlyDictionary<string, string> FieldErrors);

/// <summary>
/// 发卡系统 as the city registers them (issue 13 · 6). Their keys are the kernel's (<c>IApiClients</c>, managed on the
/// page deriving from <c>ApiCredentialsPageModel</c>); 停用 a system and its keys stop working, its operators read 未对接.
/// </summary>
internal sealed class CardSystems(PlatformDbContext db, ICrossTenantAccess crossTenant, IClock clock)
{
    public async Task<IReadOnlyList<CardSystemRow>> ListAsync(CancellationToken cancellationToken)
    {
        var systems = await db.Set<CardSystem>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        // Links are per district: the city counts every district's.
        using var city = crossTenant.EnterCityScope();
        var counts = await db.Set<CardFeedLink>().GroupBy(l => l.CardSystemId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return systems.Select(s => new CardSystemRow(s, counts.GetValueOrDefault(s.Id))).ToList();
    }

    public Task<CardSystem?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<CardSystem>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>Creates (<paramref name="id"/> null) or updates a system; a refusal changes nothing.</summary>
    public async Task<CardSystemOutcome> SaveAsync(Guid? id, CardSystemInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var existing = id is { } existingId ? await FindAsync(existingId, cancellationToken) : null;
        if (id is not null && existing is null)
        {
            return new CardSystemOutcome(null, new Dictionary<string, string> { [""] = "未找到该发卡系统，请返回列表刷新后重试。" });
        }

        var name = input.Name?.Trim() ?? string.Empty;
        var uscc = input.Uscc?.Trim().ToUpperInvariant() ?? string.Empty;
        var errors = new Dictionary<string, string>();
        if (name.Length == 0)
        {
            errors[nameof(input.Name)] = "请输入发卡系统名称。";
        }
        else if (name.Length > CardSystem.NameMax)
        {
            errors[nameof(input.Name)] = $"发卡系统名称不能超过{CardSystem.NameMax}个字。";
        }
        else if (await db.Set<CardSystem>().AnyAsync(s => s.Name == name && s.Id != id, cancellationToken))
        {
            errors[nameof(input.Name)] = $"发卡系统“{name}”已登记，请勿重复添加。";
        }

        if (UnifiedSocialCreditCode.Validate(uscc) is { } usccError)
        {
            errors[nameof(input.Uscc)] = usccError;
        }

        if (errors.Count > 0)
        {
            return new CardSystemOutcome(null, errors);
        }

        var system = existing ?? new CardSystem(Guid.NewGuid(), name, uscc, clock.UtcNow.UtcDateTime);
        if (existing is null)
        {
            db.Add(system);
        }

        system.Update(name, uscc, input.Active);
        await db.SaveChangesAsync(cancellationToken);
        return new CardSystemOutcome(system.Id, new Dictionary<string, string>());
    }
}

/// <summary>A line of the city's list: the system and how many operators it has reported.</summary>
internal sealed record CardSystemRow(CardSystem System, int Operators);
