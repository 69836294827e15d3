using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>What a 移交, 受理 or 办结 ended in: the notice, or the refusal (nothing saved).</summary>
internal sealed record ReferralOutcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string> FieldErrors, Guid? ReferralId = null)
{
    public static ReferralOutcome Refuse(string message) => new(false, message, new Dictionary<string, string>());

    public static ReferralOutcome Refuse(string field, string message) => new(false, message, new Dictionary<string, string> { [field] = message });
}

/// <summary>The finding a referral starts from, read inside the district's tenant filter.</summary>
internal sealed record ReferralOrigin(ReferralSource Source, Guid SourceId, Guid OperatorUserId, string Uscc, string OperatorName, string Finding, bool IsFinding);

/// <summary>
/// 线索移交 (issue 17 · 5, Shanghai plan §四 线索告知): a district refers a finding — an inspection result of 发现问题 or a
/// violation it ordered rectified — to a 启用 enforcement department, then records the department's 受理 and 办结 with the
/// outcome. Every read of a district goes through the tenant filter, so another district's referral is not found; the city
/// reads every district's through <see cref="ICrossTenantAccess"/> and changes none.
/// </summary>
internal sealed class Referrals(
    PlatformDbContext db, IAccountDirectory accounts, ICrossTenantAccess crossTenant, ICurrentUser user, IPermissionChecker permissions, ICurrentTenant tenant, IClock clock)
{
    public const int PageSize = 30;
    public const string NotFoundMessage = "未找到该线索移交记录。";

    public sealed record Page(IReadOnlyList<Referral> Rows, int Total, int PageNumber)
    {
        public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public bool IsCity => user.Side == PlatformSide.City;

    /// <summary>The district's staff read and change their own; the city reads all (one page serves both).</summary>
    public bool CanRead => IsCity ? permissions.IsGranted(CreditRiskPermissions.ReferralsReadAll) : CanManage;

    public bool CanManage => user.Side == PlatformSide.District && permissions.IsGranted(CreditRiskPermissions.ReferralsManage);

    public async Task<Page> ListAsync(ReferralStatus? status, int pageNumber, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        var query = db.Set<Referral>().AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(pageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(r => r.ReferredAtUtc).ThenBy(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page(rows, total, page);
    }

    public async Task<(Referral Referral, List<ReferralStep> Steps)?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        var referral = await db.Set<Referral>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return null;
        }

        var steps = await db.Set<ReferralStep>().AsNoTracking().Where(s => s.ReferralId == id).OrderBy(s => s.AtUtc).ThenBy(s => s.Status).ToListAsync(cancellationToken);
        return (referral, steps);
    }

    /// <summary>The district's own finding to refer: an inspection result of 发现问题, or a violation; null when it is not the district's.</summary>
    public async Task<ReferralOrigin?> OriginAsync(ReferralSource source, Guid sourceId, CancellationToken cancellationToken)
    {
        if (source == ReferralSource.Inspection)
        {
            var item = await db.Set<InspectionItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == sourceId, cancellationToken);
            return item is null ? null : new ReferralOrigin(source, item.Id, item.OperatorUserId, item.Uscc, item.OperatorName,
                item.Note ?? string.Empty, item.Result == InspectionResult.ProblemFound);
        }

        var violation = source == ReferralSource.Violation
            ? await db.Set<Violation>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == sourceId, cancellationToken)
            : null;
        return violation is null ? null : new ReferralOrigin(source, violation.Id, violation.OperatorUserId, violation.Uscc, violation.OperatorName,
            $"{violation.Description}（责令整改通知书 {violation.OrderNumber}）", IsFinding: true);
    }

    /// <summary>移交: to a 启用 department, with the finding's text and the stored 线索材料 if any; 已移交 from now.</summary>
    public async Task<ReferralOutcome> ReferAsync(
        ReferralSource source, Guid sourceId, Guid? departmentId, string? finding, CancellationToken cancellationToken, (string Key, string Name)? attachment = null)
    {
        if (!CanManage || tenant.Id is not { } district || await OriginAsync(source, sourceId, cancellationToken) is not { } origin)
        {
            return ReferralOutcome.Refuse(NotFoundMessage);
        }

        if (!origin.IsFinding)
        {
            return ReferralOutcome.Refuse("只有检查结果为“发现问题”的经营者可以移交线索。");
        }

        var errors = new Dictionary<string, string>();
        var department = departmentId is { } wanted ? await db.Set<EnforcementDepartment>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == wanted, cancellationToken) : null;
        if (department is null)
        {
            errors["DepartmentId"] = "请选择接收线索的执法部门。";
        }
        else if (!department.IsActive)
        {
            errors["DepartmentId"] = $"执法部门“{department.Name}”已停用，请选择其他部门。";
        }

        // One finding may go to several departments, but to each once: a second submit of the form adds nothing.
        else if (await db.Set<Referral>().AnyAsync(r => r.SourceId == sourceId && r.DepartmentId == department.Id, cancellationToken))
        {
            errors["DepartmentId"] = $"该线索已移交{department.Name}，请勿重复移交。";
        }

        finding = finding?.Trim();
        if (string.IsNullOrEmpty(finding) || finding.Length > Referral.FindingMaxLength)
        {
            errors["Finding"] = $"请填写线索内容（最多 {Referral.FindingMaxLength} 字）。";
        }

        if (errors.Count > 0)
        {
            return new ReferralOutcome(false, "请更正标出的内容。", errors);
        }

        var now = clock.UtcNow.UtcDateTime;
        var referral = new Referral(Guid.NewGuid(), district, source, sourceId, origin.OperatorUserId, origin.Uscc, origin.OperatorName, department!, finding!, user.Id!.Value, now);
        if (attachment is { } file)
        {
            referral.Attach(file.Key, file.Name);
        }

        db.Add(referral);
        db.Add(await StepAsync(referral, ReferralStatus.Referred, department!.Name, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return new ReferralOutcome(true, $"已将 {origin.OperatorName} 的线索移交{department.Name}。", new Dictionary<string, string>(), referral.Id);
    }

    /// <summary>已受理 on the date the department took it on: not before the referral's day, not after today (Beijing time).</summary>
    public async Task<ReferralOutcome> AcceptAsync(Guid id, DateOnly? acceptedOn, CancellationToken cancellationToken)
    {
        var (referral, refusal) = await OpenAsync(id, r => r.RefusalToAccept(), cancellationToken);
        if (referral is null)
        {
            return refusal!;
        }

        var referredOn = DateOnly.FromDateTime(referral.ReferredAtUtc.AddHours(8));
        if (acceptedOn is not { } day)
        {
            return ReferralOutcome.Refuse("acceptedOn", "请填写受理日期。");
        }

        if (day > clock.TodayInShanghai)
        {
            return ReferralOutcome.Refuse("acceptedOn", "受理日期不能晚于今天。");
        }

        if (day < referredOn)
        {
            return ReferralOutcome.Refuse("acceptedOn", $"受理日期不能早于移交日期（{referredOn:yyyy-MM-dd}）。");
        }

        referral.Accept(day);
        db.Add(await StepAsync(referral, ReferralStatus.Accepted, $"受理日期 {day:yyyy-MM-dd}", clock.UtcNow.UtcDateTime, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return new ReferralOutcome(true, $"已登记{referral.DepartmentName}受理。", new Dictionary<string, string>(), referral.Id);
    }

    /// <summary>已办结 with the outcome, which is required.</summary>
    public async Task<ReferralOutcome> CloseAsync(Guid id, string? outcome, CancellationToken cancellationToken)
    {
        var (referral, refusal) = await OpenAsync(id, r => r.RefusalToClose(), cancellationToken);
        if (referral is null)
        {
            return refusal!;
        }

        outcome = outcome?.Trim();
        if (string.IsNullOrEmpty(outcome) || outcome.Length > Referral.OutcomeMaxLength)
        {
            return ReferralOutcome.Refuse("outcome", $"办结时请填写办理结果（最多 {Referral.OutcomeMaxLength} 字）。");
        }

        var now = clock.UtcNow.UtcDateTime;
        referral.Close(outcome, now);
        db.Add(await StepAsync(referral, ReferralStatus.Closed, outcome, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return new ReferralOutcome(true, "已登记办结。", new Dictionary<string, string>(), referral.Id);
    }

    /// <summary>The district's referral for a next step, or the refusal: not found (another district's, or the city), or not the step's turn.</summary>
    private async Task<(Referral? Referral, ReferralOutcome? Refusal)> OpenAsync(Guid id, Func<Referral, string?> refusalOf, CancellationToken cancellationToken)
    {
        var referral = CanManage ? await db.Set<Referral>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (referral is null)
        {
            return (null, ReferralOutcome.Refuse(NotFoundMessage));
        }

        return refusalOf(referral) is { } refusal ? (null, ReferralOutcome.Refuse(refusal)) : (referral, null);
    }

    /// <summary>The step with the name the user has in the district's staff list (the account name if it has none there).</summary>
    private async Task<ReferralStep> StepAsync(Referral referral, ReferralStatus status, string? note, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var by = user.Id!.Value;
        var staff = await accounts.DistrictStaffAsync(referral.TenantId!.Value, cancellationToken);
        var name = staff.FirstOrDefault(s => s.UserId == by)?.DisplayName ?? user.UserName ?? by.ToString();
        return new ReferralStep(Guid.NewGuid(), referral.TenantId, referral.Id, status, note, by, name, nowUtc);
    }
}
