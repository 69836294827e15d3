using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>What a draw, a result, a 复核 or the publication ended in.</summary>
internal sealed record InspectionOutcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string> FieldErrors, Guid? DrawId = null)
{
    public static InspectionOutcome Refuse(string message) => new(false, message, new Dictionary<string, string>());

    public static InspectionOutcome Done(string message, Guid? drawId = null) => new(true, message, new Dictionary<string, string>(), drawId);
}

/// <summary>
/// 双随机、一公开 (issue 17 · 5, Shanghai plan §三(三)): a district draws N operators from its 重点抽查目录 plus a share of its
/// other supervised operators, and two inspectors from its own active staff, under a seed it records with the candidate
/// lists; a 复核 redraws from them and compares. The drawn inspectors record the results; the district publishes them once
/// all are in. Everything is inside the tenant filter: a district draws, sees and records only its own.
/// </summary>
internal sealed class Inspections(PlatformDbContext db, ICustodyReportingFacts custody, IAccountDirectory accounts, ICurrentTenant tenant, IClock clock)
{
    public const string KeyPool = "key", OtherPool = "other", StaffPool = "staff";
    public const int MaxKeyCount = 500;
    public const string NotFoundMessage = "未找到该抽查任务。";

    public Task<List<InspectionDraw>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<InspectionDraw>().AsNoTracking().OrderByDescending(d => d.DrawnAtUtc).Take(200).ToListAsync(cancellationToken);

    public async Task<(InspectionDraw Draw, List<InspectionItem> Items)?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var draw = await db.Set<InspectionDraw>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (draw is null)
        {
            return null;
        }

        var items = await db.Set<InspectionItem>().AsNoTracking().Where(i => i.DrawId == id)
            .OrderByDescending(i => i.FromKeyList).ThenBy(i => i.Uscc).ToListAsync(cancellationToken);
        return (draw, items);
    }

    public async Task<InspectionOutcome> DrawAsync(string? title, int? keyCount, int? otherPercent, Guid drawnBy, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        title = title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > InspectionDraw.TitleMaxLength)
        {
            errors["Title"] = $"请填写抽查任务名称（最多 {InspectionDraw.TitleMaxLength} 字）。";
        }

        if (keyCount is not { } n || n < 0 || n > MaxKeyCount)
        {
            errors["KeyCount"] = $"重点抽查家数须为 0 至 {MaxKeyCount}。";
        }

        if (otherPercent is not { } p || p < 0 || p > 100)
        {
            errors["OtherPercent"] = "其他经营者抽查比例须为 0 至 100（%）。";
        }

        if (errors.Count > 0 || tenant.Id is not { } district)
        {
            return new InspectionOutcome(false, "请更正标出的内容。", errors);
        }

        var keyList = await db.Set<KeyListEntry>().AsNoTracking().OrderBy(e => e.OperatorUserId)
            .Select(e => new { e.OperatorUserId, e.Uscc, e.OperatorName }).ToListAsync(cancellationToken);
        var keyIds = keyList.Select(e => e.OperatorUserId).ToHashSet();
        var others = (await SupervisedAsync(cancellationToken)).Where(o => !keyIds.Contains(o.OperatorUserId)).OrderBy(o => o.OperatorUserId).ToList();
        var staff = (await accounts.DistrictStaffAsync(district, cancellationToken)).OrderBy(s => s.UserId).ToList();
        if (staff.Count < 2)
        {
            return InspectionOutcome.Refuse("本区在岗工作人员不足两名，无法随机选派检查人员。");
        }

        var otherCount = RandomDraw.Share(others.Count, otherPercent!.Value);
        if (Math.Min(keyCount!.Value, keyList.Count) + otherCount == 0)
        {
            return InspectionOutcome.Refuse("没有可抽取的经营者：重点抽查目录为空且其他经营者的抽查比例为 0 或本区暂无经营者。");
        }

        var seed = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue);
        var keyPicks = RandomDraw.Pick(keyList.Select(e => e.OperatorUserId), seed, KeyPool, keyCount.Value).ToHashSet();
        var otherPicks = RandomDraw.Pick(others.Select(o => o.OperatorUserId), seed, OtherPool, otherCount).ToHashSet();
        var inspectors = RandomDraw.Pick(staff.Select(s => s.UserId), seed, StaffPool, 2);
        var names = string.Join("、", inspectors.Select(id => staff.Single(s => s.UserId == id).DisplayName));
        var draw = new InspectionDraw(Guid.NewGuid(), district, title!, seed, keyCount.Value, otherPercent.Value,
            RandomDraw.Join(keyList.Select(e => e.OperatorUserId)), RandomDraw.Join(others.Select(o => o.OperatorUserId)), RandomDraw.Join(staff.Select(s => s.UserId)),
            inspectors[0], inspectors[1], names, drawnBy, clock.UtcNow.UtcDateTime);
        db.Add(draw);
        foreach (var e in keyList.Where(e => keyPicks.Contains(e.OperatorUserId)))
        {
            db.Add(new InspectionItem(Guid.NewGuid(), district, draw.Id, e.OperatorUserId, e.Uscc, e.OperatorName, fromKeyList: true));
        }

        foreach (var o in others.Where(o => otherPicks.Contains(o.OperatorUserId)))
        {
            db.Add(new InspectionItem(Guid.NewGuid(), district, draw.Id, o.OperatorUserId, o.Uscc, o.OperatorName, fromKeyList: false));
        }

        await db.SaveChangesAsync(cancellationToken);
        return InspectionOutcome.Done($"已抽取：重点抽查 {keyPicks.Count} 家、其他经营者 {otherPicks.Count} 家，检查人员 {names}（随机种子 {seed}）。", draw.Id);
    }

    /// <summary>复核: the draw again from its seed and candidate lists, compared with what was recorded.</summary>
    public async Task<InspectionOutcome> ReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } found)
        {
            return InspectionOutcome.Refuse(NotFoundMessage);
        }

        var (draw, items) = found;

        var keys = RandomDraw.Pick(RandomDraw.Split(draw.KeyCandidates), draw.Seed, KeyPool, draw.KeyCount).ToHashSet();
        var others = RandomDraw.Split(draw.OtherCandidates);
        var otherPicks = RandomDraw.Pick(others, draw.Seed, OtherPool, RandomDraw.Share(others.Count, draw.OtherPercent)).ToHashSet();
        var inspectors = RandomDraw.Pick(RandomDraw.Split(draw.StaffCandidates), draw.Seed, StaffPool, 2);
        var same = keys.SetEquals(items.Where(i => i.FromKeyList).Select(i => i.OperatorUserId))
            && otherPicks.SetEquals(items.Where(i => !i.FromKeyList).Select(i => i.OperatorUserId))
            && inspectors.SequenceEqual([draw.FirstInspector, draw.SecondInspector]);
        return same
            ? InspectionOutcome.Done($"复核一致：以随机种子 {draw.Seed} 按原候选名单重新抽取，经营者 {keys.Count + otherPicks.Count} 家与检查人员 2 名均与原抽取结果相同。")
            : InspectionOutcome.Refuse($"复核不一致：以随机种子 {draw.Seed} 重新抽取的结果与记录不同，请核查。");
    }

    /// <summary>An inspector of the draw records one result; the published draw is closed.</summary>
    public async Task<InspectionOutcome> RecordAsync(Guid itemId, InspectionResult result, string? note, Guid userId, CancellationToken cancellationToken)
    {
        var item = await db.Set<InspectionItem>().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        var draw = item is null ? null : await db.Set<InspectionDraw>().FirstOrDefaultAsync(d => d.Id == item.DrawId, cancellationToken);
        if (item is null || draw is null)
        {
            return InspectionOutcome.Refuse(NotFoundMessage);
        }

        if (!draw.IsInspector(userId))
        {
            return InspectionOutcome.Refuse("只有本次抽取的检查人员可以录入检查结果。");
        }

        if (draw.PublishedAtUtc is not null)
        {
            return InspectionOutcome.Refuse("检查结果已公开，不能再修改。");
        }

        if (result == InspectionResult.Pending || !Enum.IsDefined(result))
        {
            return new InspectionOutcome(false, "请选择检查结果。", new Dictionary<string, string> { ["result"] = "请选择检查结果。" });
        }

        note = note?.Trim();
        if (result == InspectionResult.ProblemFound && string.IsNullOrEmpty(note))
        {
            return new InspectionOutcome(false, "发现问题时请填写检查情况。", new Dictionary<string, string> { ["note"] = "发现问题时请填写检查情况。" });
        }

        item.Record(result, string.IsNullOrEmpty(note) ? null : note.Length > InspectionItem.NoteMaxLength ? note[..InspectionItem.NoteMaxLength] : note, userId, clock.UtcNow.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return InspectionOutcome.Done($"已录入 {item.OperatorName} 的检查结果：{InspectionResults.Name(result)}。", draw.Id);
    }

    /// <summary>一公开: once every drawn operator has its result.</summary>
    public async Task<InspectionOutcome> PublishAsync(Guid id, CancellationToken cancellationToken)
    {
        var draw = await db.Set<InspectionDraw>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (draw is null)
        {
            return InspectionOutcome.Refuse(NotFoundMessage);
        }

        var pending = await db.Set<InspectionItem>().CountAsync(i => i.DrawId == id && i.Result == InspectionResult.Pending, cancellationToken);
        if (pending > 0)
        {
            return InspectionOutcome.Refuse($"尚有 {pending} 家经营者未录入检查结果，不能公开。");
        }

        draw.Publish(clock.UtcNow.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return InspectionOutcome.Done("检查结果已公开。", draw.Id);
    }

    private async Task<List<CustodyReportingOperator>> SupervisedAsync(CancellationToken cancellationToken)
    {
        var all = new List<CustodyReportingOperator>();
        Guid? continuation = null;
        do
        {
            var page = await custody.SupervisedOperatorsAsync(continuation, 1000, cancellationToken);
            all.AddRange(page.Operators);
            continuation = page.Next;
        }
        while (continuation is not null);

        return all;
    }
}
