using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>One reason of a code: the rule that matched, its colour and public text, and the records behind it.</summary>
internal sealed record RiskReason(string Rule, RiskColour Colour, string PublicText, string Detail, IReadOnlyList<Guid> RecordIds, DateOnly On);

/// <summary>An operator's current risk code with its reasons, whether it is barred from issuing, and when it was computed.</summary>
internal sealed class OperatorRiskCode : IMultiTenant
{
    private OperatorRiskCode()
    {
        Uscc = ReasonsJson = string.Empty;
    }

    public OperatorRiskCode(Guid operatorUserId, Guid? tenantId, string uscc)
    {
        (OperatorUserId, TenantId, Uscc, ReasonsJson) = (operatorUserId, tenantId, uscc, "[]");
    }

    public Guid OperatorUserId { get; private set; }

    public Guid? TenantId { get; private set; }

    public string Uscc { get; private set; }

    public RiskColour Colour { get; private set; }

    /// <summary>The reasons as JSON (a list of <see cref="RiskReason"/>).</summary>
    public string ReasonsJson { get; private set; }

    /// <summary>条例 Art. 11: 失信被执行人, 经营异常名录 or 申请注销 in force.</summary>
    public bool Barred { get; private set; }

    /// <summary>Whether the records list it as 严重失信主体: what CreditRisk last told Custody.</summary>
    public bool SeriousDishonest { get; private set; }

    /// <summary>The recompute that last changed the code (one that finds it as it was leaves it, and this, alone).</summary>
    public DateTime ComputedAtUtc { get; private set; }

    /// <returns>Whether anything changed; a new code (never computed) always takes the values and the time.</returns>
    public bool Set(RiskColour colour, string reasonsJson, bool barred, bool seriousDishonest, DateTime nowUtc)
    {
        if (Colour == colour && ReasonsJson == reasonsJson && Barred == barred && SeriousDishonest == seriousDishonest && ComputedAtUtc != default)
        {
            return false;
        }

        (Colour, ReasonsJson, Barred, SeriousDishonest, ComputedAtUtc) = (colour, reasonsJson, barred, seriousDishonest, nowUtc);
        return true;
    }
}

/// <summary>A change of an operator's code (colour or reasons), with the reasons after it and what caused the recompute.</summary>
internal sealed class RiskCodeChange : IMultiTenant
{
    private RiskCodeChange()
    {
        ReasonsJson = Trigger = string.Empty;
    }

    public RiskCodeChange(Guid id, Guid? tenantId, Guid operatorUserId, RiskColour? from, RiskColour to, string reasonsJson, string trigger, DateTime changedAtUtc)
    {
        (Id, TenantId, OperatorUserId, From, To, ReasonsJson, Trigger, ChangedAtUtc) = (id, tenantId, operatorUserId, from, to, reasonsJson, trigger, changedAtUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public RiskColour? From { get; private set; }

    public RiskColour To { get; private set; }

    public string ReasonsJson { get; private set; }

    public string Trigger { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }
}
