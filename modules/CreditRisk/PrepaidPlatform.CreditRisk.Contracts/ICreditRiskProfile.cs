namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// What the public filing code shows of an operator's credit risk (issue 17 · 3): the five indicators counted from the
/// operator's records, the colour of its risk code and 动态情报, the public texts of its code's reasons, newest first.
/// Public facts only: no record's reference, source or attachment.
/// </summary>
public interface ICreditRiskProfile
{
    /// <summary>The operator's public profile in any district (a consumer has none); 绿码 with zero counts when nothing is on record.</summary>
    Task<PublicRiskProfile> PublicAsync(Guid operatorUserId, CancellationToken cancellationToken = default);
}

/// <param name="Indicators">预付经营风险, 基本信息风险, 行政处罚, 司法涉诉, 投诉异常, in that order.</param>
/// <param name="Colour">绿码, 黄码, 红码 or 黑码.</param>
/// <param name="Intelligence">动态情报: the public texts of the code's reasons, newest first.</param>
public sealed record PublicRiskProfile(IReadOnlyList<PublicRiskIndicator> Indicators, string Colour, IReadOnlyList<PublicIntelligence> Intelligence);

public sealed record PublicRiskIndicator(string Name, int Count);

/// <param name="On">The day of the newest record behind the reason (Beijing day).</param>
public sealed record PublicIntelligence(DateOnly On, string Text);
