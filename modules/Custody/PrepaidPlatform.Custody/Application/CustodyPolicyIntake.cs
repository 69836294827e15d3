using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// 履约保证保险 pushed by an insurer (SPEC C4): each record is accepted, a duplicate (the same policy resent unchanged),
/// updated (the same policy number with new terms), or refused with a Chinese reason; a refused record never blocks the
/// good ones. Every operator whose offset may have changed is re-evaluated in the same SaveChanges.
/// </summary>
internal sealed partial class CustodyPolicyIntake(PlatformDbContext db, CustodyCompliance compliance, IDataFilter dataFilter, IClock clock)
{
    public const int MaxBatch = 1000;

    public async Task<IReadOnlyList<PolicyRecordResult>> IngestAsync(Guid insurerId, IReadOnlyList<PolicyRecord> records, CancellationToken cancellationToken)
    {
        // An insurer acts city-wide: the insured operators, and the episodes their re-evaluation writes, are in any district.
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var numbers = records.Select(r => r.PolicyNumber?.Trim()).OfType<string>().Distinct().ToList();
        var existing = await db.Set<CustodyPolicy>()
            .Where(p => p.InstitutionId == insurerId && numbers.Contains(p.PolicyNumber))
            .ToDictionaryAsync(p => p.PolicyNumber, cancellationToken);
        var usccs = records.Select(r => r.InsuredUscc?.Trim().ToUpperInvariant()).OfType<string>().Distinct().ToList();
        // Policies are city-wide: the insured operator may be in any district.
        var operators = await db.Set<CustodyOperator>().IgnoreQueryFilters().Where(o => usccs.Contains(o.Uscc))
            .Select(o => new { o.Id, o.Uscc }).ToListAsync(cancellationToken);
        var now = clock.UtcNow.UtcDateTime;
        var touched = new HashSet<Guid>();
        var results = new List<PolicyRecordResult>(records.Count);
        foreach (var record in records)
        {
            var number = record.PolicyNumber?.Trim() ?? string.Empty;
            var refusal = Validate(record, out var uscc, out var amountFen, out var from, out var to);
            if (refusal is null && operators.All(o => o.Uscc != uscc))
            {
                refusal = "被保险人统一社会信用代码未对应本平台已备案的经营者。";
            }

            if (refusal is not null)
            {
                results.Add(new PolicyRecordResult(number, PolicyRecordResult.Refused, refusal));
                continue;
            }

            string outcome;
            if (existing.TryGetValue(number, out var policy))
            {
                if (policy.Matches(uscc, amountFen, from, to))
                {
                    results.Add(new PolicyRecordResult(number, PolicyRecordResult.Duplicate, null));
                    continue;
                }

                // The insured may change with an endorsement: both the old and the new operator are re-evaluated.
                touched.UnionWith(operators.Where(o => o.Uscc == policy.InsuredUscc).Select(o => o.Id));
                policy.Set(uscc, amountFen, from, to, now);
                outcome = PolicyRecordResult.Updated;
            }
            else
            {
                policy = new CustodyPolicy(Guid.NewGuid(), insurerId, number, now);
                policy.Set(uscc, amountFen, from, to, null);
                db.Add(policy);
                existing[number] = policy;
                outcome = PolicyRecordResult.Accepted;
            }

            touched.UnionWith(operators.Where(o => o.Uscc == uscc).Select(o => o.Id));
            results.Add(new PolicyRecordResult(number, outcome, null));
        }

        await compliance.ReevaluateAsync(touched, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    private static string? Validate(PolicyRecord r, out string uscc, out long amountFen, out DateOnly from, out DateOnly to)
    {
        (uscc, amountFen, from, to) = (r.InsuredUscc?.Trim().ToUpperInvariant() ?? string.Empty, 0, default, default);
        if (string.IsNullOrWhiteSpace(r.PolicyNumber) || r.PolicyNumber.Trim().Length > 64)
        {
            return "保单号（policyNumber）不能为空，且不超过 64 个字符。";
        }

        if (!UsccPattern().IsMatch(uscc))
        {
            return "被保险人统一社会信用代码（insuredUscc）须为 18 位统一社会信用代码。";
        }

        if (r.InsuredAmount is not { ValueKind: JsonValueKind.Number } amount || !amount.TryGetDecimal(out var yuan))
        {
            return "保险金额（insuredAmount）须为以元为单位的数字。";
        }

        if (yuan <= 0 || decimal.Round(yuan, 2) != yuan || yuan > 100_000_000_000m)
        {
            return "保险金额（insuredAmount）须大于 0，最多两位小数。";
        }

        amountFen = (long)(yuan * 100);
        if (!TryDate(r.ValidFrom, out from) || !TryDate(r.ValidTo, out to))
        {
            return "保险期间（validFrom、validTo）须为 yyyy-MM-dd 格式的日期。";
        }

        return from > to ? "保险期间的起始日期（validFrom）不能晚于终止日期（validTo）。" : null;
    }

    private static bool TryDate(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex UsccPattern();
}
