namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>
/// A rule of the risk code, kept as a setting the city edits (issue 17 · 2): a condition in the small rule language
/// (<see cref="Rules.RuleCondition"/>), the colour it sets and the text the public sees as 动态情报.
/// </summary>
internal sealed class RiskRule
{
    public const int NameMaxLength = 50;
    public const int ConditionMaxLength = 300;
    public const int PublicTextMaxLength = 200;

    private RiskRule()
    {
        Name = Condition = PublicText = string.Empty;
    }

    public RiskRule(Guid id, int order, string name, string condition, RiskColour colour, string publicText)
    {
        (Id, Order, Name, Condition, Colour, PublicText, Enabled) = (id, order, name, condition, colour, publicText, true);
    }

    public Guid Id { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; }

    public string Condition { get; private set; }

    public RiskColour Colour { get; private set; }

    public string PublicText { get; private set; }

    public bool Enabled { get; private set; }

    public void Update(int order, string name, string condition, RiskColour colour, string publicText, bool enabled) =>
        (Order, Name, Condition, Colour, PublicText, Enabled) = (order, name, condition, colour, publicText, enabled);
}
