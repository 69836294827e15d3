using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Rules;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>The city's rules: read compiled, saved only when the condition parses (the error is located), seeded with the defaults.</summary>
internal sealed class RiskRules(PlatformDbContext db)
{
    /// <summary>The defaults of issue 17 · 2.</summary>
    public static readonly IReadOnlyList<(string Name, string Condition, RiskColour Colour, string PublicText)> Defaults =
    [
        ("严重失信主体", "严重失信主体 >= 1", RiskColour.Black, "该经营者被列入严重失信主体名单"),
        ("失信被执行人", "失信被执行人 >= 1", RiskColour.Red, "该经营者被列为失信被执行人"),
        ("存管不足超期", "存管不足天数 > 30", RiskColour.Red, "预收资金存管不足已超过30天"),
        ("季度数据逾期未报", "逾期未报期数 >= 2", RiskColour.Red, "季度数据逾期未报超过一个上报周期"),
        ("季度数据多次退回", "退回次数 >= 2", RiskColour.Yellow, "近四个季度的季度数据报告被退回2次及以上"),
        ("经营异常名录", "经营异常名录 >= 1", RiskColour.Yellow, "该经营者被列入经营异常名录"),
        ("欠缴税费", "欠费 >= 1", RiskColour.Yellow, "该经营者存在欠缴税费记录"),
        ("投诉较多", "90天投诉 >= 3", RiskColour.Yellow, "近90天预付卡投诉较多"),
        ("行政处罚", "行政处罚 >= 1", RiskColour.Yellow, "该经营者受到行政处罚"),
        ("股权冻结", "股权冻结 >= 1", RiskColour.Yellow, "该经营者存在股权冻结"),
        ("合法性红灯", "合法性红灯 >= 1", RiskColour.Red, "该经营者被责令整改，逾期未整改"),
        ("合法性黄灯", "合法性黄灯 >= 1", RiskColour.Yellow, "该经营者被责令限期整改，正在整改"),
    ];

    public async Task<List<RiskRule>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Set<RiskRule>().AsNoTracking().ToListAsync(cancellationToken)).OrderBy(r => r.Order).ThenBy(r => r.Name).ToList();

    public async Task<IReadOnlyList<CompiledRule>> CompiledAsync(CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).Where(r => r.Enabled && RuleCondition.Check(r.Condition) is null)
            .Select(r => new CompiledRule(r, RuleCondition.Parse(r.Condition))).ToList();

    /// <summary>Every problem of a rule's fields, keyed by field; empty when it may be saved.</summary>
    public static Dictionary<string, string> Validate(string? name, string? condition, string? colour, string? publicText)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > RiskRule.NameMaxLength)
        {
            errors["Name"] = $"请填写规则名称（最多 {RiskRule.NameMaxLength} 字）。";
        }

        if (string.IsNullOrWhiteSpace(condition) || condition.Trim().Length > RiskRule.ConditionMaxLength)
        {
            errors["Condition"] = $"请填写条件（最多 {RiskRule.ConditionMaxLength} 个字符）。";
        }
        else if (RuleCondition.Check(condition) is { } problem)
        {
            errors["Condition"] = "条件无法解析：" + problem;
        }

        if (RiskColours.ByName(colour) is null)
        {
            errors["Colour"] = "请选择风险码颜色：绿码、黄码、红码或黑码。";
        }

        if (string.IsNullOrWhiteSpace(publicText) || publicText.Trim().Length > RiskRule.PublicTextMaxLength)
        {
            errors["PublicText"] = $"请填写公开显示的文字（最多 {RiskRule.PublicTextMaxLength} 字）。";
        }

        return errors;
    }

    public async Task SeedDefaultsAsync(CancellationToken cancellationToken)
    {
        // A default added later (Reporting's) is seeded into rules the city already keeps, after them; one it kept is left as edited.
        var kept = await db.Set<RiskRule>().Select(r => new { r.Name, r.Order }).ToListAsync(cancellationToken);
        var names = kept.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var order = kept.Count == 0 ? 0 : kept.Max(r => r.Order);
        foreach (var (name, condition, colour, text) in Defaults.Where(d => !names.Contains(d.Name)))
        {
            db.Add(new RiskRule(Guid.NewGuid(), order += 10, name, condition, colour, text));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
