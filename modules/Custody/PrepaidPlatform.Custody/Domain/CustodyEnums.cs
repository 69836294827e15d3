namespace PrepaidPlatform.Custody.Domain;

/// <summary>账户状态 of a 专用存管账户 (专用存管账户管理): as the bank last reported it, 待核验 until its first statement.</summary>
internal enum CustodyAccountStatus
{
    /// <summary>待核验: bound from the filing, no statement from the bank yet.</summary>
    PendingVerification = 0,

    /// <summary>已监管: the bank confirms the account is under custody.</summary>
    Supervised = 1,

    /// <summary>信息异常: the bank reports a problem, explained in 说明.</summary>
    Abnormal = 2,
}

/// <summary>存管银行 or 保险机构 (SPEC C2, C4).</summary>
internal enum InstitutionKind
{
    Bank = 1,
    Insurer = 2,
}

/// <summary>A suspended institution's API requests are refused; its data stays.</summary>
internal enum InstitutionStatus
{
    Active = 0,
    Suspended = 1,
}

/// <summary>How a statement reached the platform.</summary>
internal enum StatementSource
{
    Api = 1,
    Import = 2,
}

internal static class CustodyAccountStatusNames
{
    public static string Label(this CustodyAccountStatus status) => status switch
    {
        CustodyAccountStatus.Supervised => "已监管",
        CustodyAccountStatus.Abnormal => "信息异常",
        _ => "待核验",
    };
}
