using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Rules;
using PrepaidPlatform.Platform.Risk;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>A rule as the engine holds it: the saved row and its parsed condition.</summary>
internal sealed record CompiledRule(RiskRule Rule, RuleCondition Condition);

/// <summary>An operator's code as the rules give it.</summary>
internal sealed record RiskOutcome(RiskColour Colour, IReadOnlyList<RiskReason> Reasons, bool Barred, bool SeriousDishonest, CreditRecord? SeriousDishonestRecord);

/// <summary>
/// The risk code of one operator from its records, Custody's fact and Reporting's facts (issue 17 · 2), a pure function: the worst colour of
/// the rules that hold (绿码 when none does), each holding rule a reason with the records behind the facts it reads.
/// </summary>
internal static class RiskEvaluation
{
    public static RiskOutcome Evaluate(IReadOnlyList<CompiledRule> rules, IReadOnlyCollection<CreditRecord> records, CustodyFact? custody, DateOnly today, DateTime nowUtc, ReportingRiskFact? reporting = null,
        LegalityFact? legality = null)
    {
        var byFact = new Dictionary<string, List<CreditRecord>>();
        foreach (var record in records)
        {
            foreach (var fact in RuleFacts.Of(record, today))
            {
                (byFact.TryGetValue(fact, out var list) ? list : byFact[fact] = []).Add(record);
            }
        }

        var facts = byFact.ToDictionary(f => f.Key, f => f.Value.Count);
        var shortSince = custody?.ShortSinceUtc;
        facts[RuleFacts.CustodyShortDays] = shortSince is { } since ? Math.Max(0, (int)(nowUtc - since).TotalDays) : 0;
        facts[RuleFacts.OverduePeriods] = reporting?.OverduePeriods ?? 0;
        facts[RuleFacts.ReportReturns] = reporting?.Returns ?? 0;
        facts[RuleFacts.LegalityYellow] = legality?.Rectifying ?? 0;
        facts[RuleFacts.LegalityRed] = legality?.Overdue ?? 0;

        var reasons = new List<RiskReason>();
        foreach (var rule in rules.Where(r => r.Rule.Enabled && r.Condition.Holds(facts)))
        {
            var behind = rule.Condition.Facts().Distinct().SelectMany(f => byFact.GetValueOrDefault(f) ?? []).Distinct()
                .OrderByDescending(r => r.OccurredOn).ToList();
            var details = rule.Condition.Facts().Distinct().Select(f => Detail(f, facts, custody, reporting, legality));
            var on = behind.Count > 0 ? behind[0].OccurredOn : FactDay(rule.Condition.Facts(), custody, reporting, legality) ?? today;
            reasons.Add(new RiskReason(rule.Rule.Name, rule.Rule.Colour, rule.Rule.PublicText, string.Join("；", details), behind.Select(r => r.Id).ToList(), on));
        }

        var colour = reasons.Count == 0 ? RiskColour.Green : reasons.Max(r => r.Colour);
        var barred = CreditClasses.BarringTypes.Any(byFact.ContainsKey);
        var dishonest = byFact.GetValueOrDefault(CreditClasses.SeriousDishonest)?.OrderByDescending(r => r.OccurredOn).FirstOrDefault();
        return new RiskOutcome(colour, reasons.OrderByDescending(r => r.Colour).ThenByDescending(r => r.On).ToList(), barred, dishonest is not null, dishonest);
    }

    private static string Detail(string fact, Dictionary<string, int> facts, CustodyFact? custody, ReportingRiskFact? reporting, LegalityFact? legality) => fact switch
    {
        RuleFacts.CustodyShortDays when custody?.ShortSinceUtc is { } s =>
            $"存管不足 {facts[fact]} 天（自 {ShanghaiDay(s):yyyy-MM-dd} 起，缺口 {custody.ShortfallFen / 100m:N2} 元）",
        RuleFacts.OverduePeriods when reporting?.OldestOverdueEnd is { } end =>
            $"逾期未报 {reporting.OverduePeriods} 期（最早为 {end.Year}年{(end.Month + 2) / 3}季度）",
        RuleFacts.ReportReturns when reporting?.LastReturnedAtUtc is { } last =>
            $"近{ReportingRiskFact.ReturnWindowQuarters}个季度的报告被退回 {reporting.Returns} 次（最近一次 {ShanghaiDay(last):yyyy-MM-dd}）",
        RuleFacts.LegalityRed when legality?.EarliestOverdueDeadline is { } overdue =>
            $"责令整改逾期未整改 {legality.Overdue} 件（最早期限 {overdue:yyyy-MM-dd}）",
        RuleFacts.LegalityYellow when legality is { Rectifying: > 0, EarliestDeadline: { } deadline } =>
            $"责令整改中 {legality.Rectifying} 件（最早期限 {deadline:yyyy-MM-dd}）",
        _ => $"{fact} {facts.GetValueOrDefault(fact)}",
    };

    /// <summary>The day a non-record fact dates from: the shortfall's start, the oldest overdue period's end, the latest return.</summary>
    private static DateOnly? FactDay(IEnumerable<string> used, CustodyFact? custody, ReportingRiskFact? reporting, LegalityFact? legality) =>
        used.Select(f => f switch
        {
            RuleFacts.CustodyShortDays when custody?.ShortSinceUtc is { } s => ShanghaiDay(s),
            RuleFacts.OverduePeriods => reporting?.OldestOverdueEnd,
            RuleFacts.ReportReturns when reporting?.LastReturnedAtUtc is { } last => ShanghaiDay(last),
            RuleFacts.LegalityRed => legality?.EarliestOverdueDeadline,
            RuleFacts.LegalityYellow => legality?.EarliestDeadline,
            _ => (DateOnly?)null,
        }).Max();

    private static DateOnly ShanghaiDay(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));
}
