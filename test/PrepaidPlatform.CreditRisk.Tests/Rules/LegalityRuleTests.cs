using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Rules;

namespace PrepaidPlatform.CreditRisk.Tests.Rules;

/// <summary>合法性灯 as facts of the default rules: 黄灯 yellow, 红灯 red, each reason saying how many orders and their deadline.</summary>
public sealed class LegalityRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateTime Now = new(2026, 12, 6, 4, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Operator = Guid.NewGuid();

    private static IReadOnlyList<CompiledRule> Defaults() =>
        RiskRules.Defaults.Select(d => new CompiledRule(new RiskRule(Guid.NewGuid(), 0, d.Name, d.Condition, d.Colour, d.PublicText), RuleCondition.Parse(d.Condition))).ToList();

    private static LegalityFact Light(int rectifying, int overdue) =>
        new(Operator, null, "91110107MA01AB2C3C", rectifying, overdue, Today.AddDays(-3), overdue > 0 ? Today.AddDays(-3) : null);

    [Fact]
    public void An_order_being_rectified_is_a_yellow_light_and_turns_the_code_yellow()
    {
        var outcome = RiskEvaluation.Evaluate(Defaults(), [], null, Today, Now, legality: Light(1, 0));
        outcome.Colour.ShouldBe(RiskColour.Yellow);
        var reason = outcome.Reasons.ShouldHaveSingleItem();
        reason.Rule.ShouldBe("合法性黄灯");
        reason.Detail.ShouldBe("责令整改中 1 件（最早期限 2026-12-03）");
        reason.On.ShouldBe(Today.AddDays(-3));
    }

    [Fact]
    public void An_overdue_order_is_a_red_light_and_turns_the_code_red()
    {
        var outcome = RiskEvaluation.Evaluate(Defaults(), [], null, Today, Now, legality: Light(0, 1));
        outcome.Colour.ShouldBe(RiskColour.Red);
        var reason = outcome.Reasons.ShouldHaveSingleItem();
        reason.Rule.ShouldBe("合法性红灯");
        reason.PublicText.ShouldBe("该经营者被责令整改，逾期未整改");
        reason.Detail.ShouldBe("责令整改逾期未整改 1 件（最早期限 2026-12-03）");
    }

    [Fact]
    public void Without_open_orders_the_light_is_green_and_adds_no_reason()
    {
        RiskEvaluation.Evaluate(Defaults(), [], null, Today, Now, legality: Light(0, 0)).Reasons.ShouldBeEmpty();
        Light(0, 0).Light.ShouldBe(LegalityLight.Green);
        Light(2, 1).Light.ShouldBe(LegalityLight.Red);
        RuleCondition.Check("合法性红灯 >= 1 或 合法性黄灯 >= 2").ShouldBeNull();
    }
}
