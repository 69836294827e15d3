using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>A record as the API, the import file or the form gives it: text, checked by <see cref="CreditRecordIntake"/>.</summary>
internal sealed record CreditRecordInput(
    string? Uscc, string? Class, string? Type, string? Source, string? Date, string? Reference, string? EndDate, string? Summary);

internal enum IntakeResult
{
    Accepted = 1,
    Duplicate = 2,
    Refused = 3,
}

/// <summary>What became of one record: its index in the batch, the reference as sent, the result and, unless accepted, why.</summary>
internal sealed record IntakeOutcome(int Index, string? Reference, IntakeResult Result, string? Reason, Guid? RecordId);

/// <summary>
/// The one way records come in (issue 17 · 1): the data centre's API, the city's import and a district's manual entry all
/// check each record the same way — a known USCC of an operator under supervision, a known class and type, a source, a
/// date not in the future, an end date not before it, a reference unique city-wide — and store the good ones with the
/// operator's district, then recompute the codes of the operators they touched. A reference already stored answers
/// 重复 and changes nothing (the API is idempotent on it).
/// </summary>
internal sealed class CreditRecordIntake(PlatformDbContext db, ISupervisedOperators operators, RiskCodes codes, IDataFilter dataFilter, IClock clock)
{
    public const int MaxRecords = 1000;

    /// <param name="district">A district user's district: an operator of another district is refused as unknown.</param>
    /// <param name="wholeOrNothing">Store nothing when any record is refused (the import).</param>
    public async Task<IReadOnlyList<IntakeOutcome>> IngestAsync(
        IReadOnlyList<CreditRecordInput> inputs, CreditChannel channel, Guid? recordedBy, Guid? district, bool wholeOrNothing,
        CancellationToken cancellationToken, Action<CreditRecord, int>? beforeSave = null)
    {
        var today = clock.TodayInShanghai;
        var now = clock.UtcNow.UtcDateTime;
        var usccs = inputs.Select(i => i.Uscc?.Trim().ToUpperInvariant()).OfType<string>().Where(u => u.Length > 0).ToList();
        var known = (await operators.FindByUsccAsync(usccs, cancellationToken)).GroupBy(o => o.Uscc).ToDictionary(g => g.Key, g => g.First());
        var references = inputs.Select(i => i.Reference?.Trim()).OfType<string>().Where(r => r.Length > 0).ToList();
        HashSet<string> stored;
        using (dataFilter.Disable<IMultiTenant>())
        {
            stored = (await db.Set<CreditRecord>().Where(r => references.Contains(r.Reference)).Select(r => r.Reference).ToListAsync(cancellationToken)).ToHashSet();
        }

        var outcomes = new List<IntakeOutcome>();
        var added = new List<CreditRecord>();
        var seen = new HashSet<string>();
        for (var index = 0; index < inputs.Count; index++)
        {
            var input = inputs[index];
            var reference = input.Reference?.Trim();
            if (Check(input, today, known, district, out var op, out var creditClass, out var date, out var endDate) is { } problem)
            {
                outcomes.Add(new IntakeOutcome(index, reference, IntakeResult.Refused, problem.Reason, null));
                continue;
            }

            if (stored.Contains(reference!) || !seen.Add(reference!))
            {
                outcomes.Add(new IntakeOutcome(index, reference, IntakeResult.Duplicate, $"来源编号“{reference}”已有记录（或在本批中重复），未再保存。", null));
                continue;
            }

            var record = new CreditRecord(Guid.NewGuid(), op!.TenantId, op.OperatorUserId, op.Uscc, op.OperatorName, creditClass, input.Type!.Trim(),
                input.Source!.Trim(), date, reference!, endDate, string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim(), channel, recordedBy, now);
            added.Add(record);
            outcomes.Add(new IntakeOutcome(index, reference, IntakeResult.Accepted, null, record.Id));
        }

        if (added.Count == 0 || (wholeOrNothing && outcomes.Any(o => o.Result == IntakeResult.Refused)))
        {
            return outcomes;
        }

        for (var i = 0; i < added.Count; i++)
        {
            beforeSave?.Invoke(added[i], i);
        }

        db.AddRange(added);
        using (dataFilter.Disable<IMultiTenant>())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await codes.RecomputeAsync(added.Select(r => r.OperatorUserId).ToList(), "新增信用记录（" + ChannelName(channel) + "）", cancellationToken);
        return outcomes;
    }

    public static string ChannelName(CreditChannel channel) => channel switch
    {
        CreditChannel.Api => "数据中心接口",
        CreditChannel.Import => "Excel导入",
        _ => "人工录入",
    };

    private sealed record Problem(string Reason);

    private static Problem? Check(
        CreditRecordInput input, DateOnly today, Dictionary<string, SupervisedOperator> known, Guid? district,
        out SupervisedOperator? op, out CreditClass creditClass, out DateOnly date, out DateOnly? endDate)
    {
        op = null;
        creditClass = default;
        date = default;
        endDate = null;
        var uscc = input.Uscc?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(uscc))
        {
            return new("缺少统一社会信用代码。");
        }

        if (UnifiedSocialCreditCode.Validate(uscc) is { } invalid)
        {
            return new($"统一社会信用代码“{uscc}”无效：{invalid}");
        }

        if (!known.TryGetValue(uscc, out op) || (district is { } own && op.TenantId != own))
        {
            return new($"未知的统一社会信用代码“{uscc}”：平台上没有该代码的已备案经营者{(district is null ? string.Empty : "（本区）")}。");
        }

        if (CreditClasses.ByName(input.Class) is not { } c)
        {
            return new($"未知的信息类别“{input.Class?.Trim()}”：须为 {string.Join("、", CreditClasses.Names.Values)} 之一。");
        }

        creditClass = c;
        var types = CreditClasses.Types[c];
        if (string.IsNullOrWhiteSpace(input.Type) || !types.Contains(input.Type.Trim()))
        {
            return new($"“{CreditClasses.NameOf(c)}”类别下没有“{input.Type?.Trim()}”类型：可选 {string.Join("、", types)}。");
        }

        if (string.IsNullOrWhiteSpace(input.Source))
        {
            return new("缺少信息来源（如 市场监管局、区人民法院、12345 热线）。");
        }

        if (input.Source.Trim().Length > CreditRecord.SourceMaxLength)
        {
            return new($"信息来源不得超过 {CreditRecord.SourceMaxLength} 个字。");
        }

        if (!TryDay(input.Date, out date))
        {
            return new($"信息日期“{input.Date?.Trim()}”无效：请填写 yyyy-MM-dd 格式的日期，如 2026-12-01。");
        }

        if (date > today)
        {
            return new($"信息日期 {date:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}）：不得填写将来的日期。");
        }

        if (!string.IsNullOrWhiteSpace(input.EndDate))
        {
            if (!TryDay(input.EndDate, out var end))
            {
                return new($"结束日期“{input.EndDate.Trim()}”无效：请填写 yyyy-MM-dd 格式的日期，或留空。");
            }

            if (end < date)
            {
                return new($"结束日期 {end:yyyy-MM-dd} 早于信息日期 {date:yyyy-MM-dd}。");
            }

            endDate = end;
        }

        var reference = input.Reference?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            return new("缺少来源编号（来源部门对该条信息的唯一编号）。");
        }

        if (reference.Length > CreditRecord.ReferenceMaxLength)
        {
            return new($"来源编号不得超过 {CreditRecord.ReferenceMaxLength} 个字符。");
        }

        return input.Summary?.Trim().Length > CreditRecord.SummaryMaxLength ? new($"摘要不得超过 {CreditRecord.SummaryMaxLength} 字。") : null;
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
