namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// Public credit records of given types in force on a day, for the closure-risk early warning (issue 18 · 3): arrears of
/// rent, power or wages (欠费) and a 申请注销 at the market regulator. Read-only and set-based (one query). The caller's
/// district scope applies (the tenant filter): code that disabled it (the city, a job) reads every district.
/// </summary>
public interface ICreditRecordFacts
{
    /// <summary>The records of these <see cref="CreditRecordTypes"/> that occurred by <paramref name="day"/> and had not ended before it.</summary>
    Task<IReadOnlyList<CreditRecordFact>> InForceAsync(IReadOnlyCollection<string> types, DateOnly day, CancellationToken cancellationToken = default);
}

public sealed record CreditRecordFact(Guid OperatorUserId, Guid? TenantId, string Type, DateOnly OccurredOn);

/// <summary>Record types other modules ask about by name (the data centre's and the import's type names).</summary>
public static class CreditRecordTypes
{
    /// <summary>基本信息 · 申请注销: the operator applied to the market regulator to deregister the business.</summary>
    public const string Deregistering = "申请注销";

    public const string RentArrears = "欠缴房租";

    public const string WageArrears = "拖欠工资";

    public const string PowerArrears = "欠缴电费";

    public const string WaterArrears = "欠缴水费";

    public const string GasArrears = "欠缴燃气费";

    /// <summary>欠费: arrears that show a business running out of cash (rent, wages and utilities; taxes are a class of their own in 税费 but count too).</summary>
    public static readonly IReadOnlyList<string> Arrears = [RentArrears, WageArrears, PowerArrears, WaterArrears, GasArrears, "欠缴税款", "欠缴住房公积金"];
}
