using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Supervision.Domain;

/// <summary>
/// 闭店风险预警 (issue 18 · 3): one operator's closure-risk score of a week, with the reasons that made it, in the
/// operator's district. Only operators with at least one signal get a row (an absent operator scored 0). Written by
/// <see cref="Application.Warnings.ClosureWarningComputation"/>; a recomputation within the week replaces the week's rows.
/// </summary>
internal sealed class ClosureWarning : IMultiTenant
{
    public const int NameMaxLength = OperatorSnapshot.NameMaxLength;

    private ClosureWarning()
    {
        Uscc = Name = ReasonsJson = string.Empty;
    }

    public ClosureWarning(Guid id, DateOnly week, Guid operatorUserId, Guid? tenantId, string uscc, string name, int score, string reasonsJson, bool warned, bool crossed, DateTime computedAtUtc)
        : this()
    {
        (Id, Week, OperatorUserId, TenantId, Uscc, Name) = (id, week, operatorUserId, tenantId, uscc, name);
        (Score, ReasonsJson, Warned, Crossed, ComputedAtUtc) = (score, reasonsJson, warned, crossed, computedAtUtc);
    }

    public Guid Id { get; private set; }

    /// <summary>The Monday (Beijing) of the week the score belongs to.</summary>
    public DateOnly Week { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public Guid? TenantId { get; private set; }

    public string Uscc { get; private set; }

    public string Name { get; private set; }

    /// <summary>The rules' scores summed.</summary>
    public int Score { get; private set; }

    /// <summary>The rules that fired, as <see cref="Application.Warnings.ClosureReason"/>s in JSON.</summary>
    public string ReasonsJson { get; private set; }

    /// <summary>At or above the threshold in force when computed.</summary>
    public bool Warned { get; private set; }

    /// <summary>新进入预警: warned this week but not last week (the district was sent a message when it crossed).</summary>
    public bool Crossed { get; private set; }

    public DateTime ComputedAtUtc { get; private set; }
}
