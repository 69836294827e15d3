namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// 履约保证保险 as an insurer pushed it (SPEC C4): a policy insures an operator (by 统一社会信用代码) for an amount over a
/// validity; on each day within it the amount offsets the operator's required custody. City-wide, like the insurer:
/// the insured operator is found by its USCC at evaluation time. (insurer, policy number) is unique.
/// </summary>
internal sealed class CustodyPolicy
{
    private CustodyPolicy()
    {
        PolicyNumber = InsuredUscc = string.Empty;
    }

    public CustodyPolicy(Guid id, Guid institutionId, string policyNumber, DateTime nowUtc)
        : this()
    {
        Id = id;
        InstitutionId = institutionId;
        PolicyNumber = policyNumber;
        ReceivedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    /// <summary>保单号.</summary>
    public string PolicyNumber { get; private set; }

    /// <summary>被保险人统一社会信用代码.</summary>
    public string InsuredUscc { get; private set; }

    /// <summary>保险金额 in 分.</summary>
    public long InsuredAmountFen { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidTo { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public DateTime? UpdatedAtUtc { get; private set; }

    public bool Matches(string insuredUscc, long amountFen, DateOnly from, DateOnly to) =>
        InsuredUscc == insuredUscc && InsuredAmountFen == amountFen && ValidFrom == from && ValidTo == to;

    public void Set(string insuredUscc, long amountFen, DateOnly from, DateOnly to, DateTime? updatedAtUtc)
    {
        (InsuredUscc, InsuredAmountFen, ValidFrom, ValidTo) = (insuredUscc, amountFen, from, to);
        UpdatedAtUtc = updatedAtUtc;
    }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && day <= ValidTo;
}
