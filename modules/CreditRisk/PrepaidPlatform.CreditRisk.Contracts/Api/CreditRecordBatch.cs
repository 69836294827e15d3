namespace PrepaidPlatform.CreditRisk.Api;

/// <summary>A batch of 1 to 1,000 records the city's data centre reports (POST /api/v1/creditrisk/records).</summary>
public sealed record CreditRecordBatchRequest(IReadOnlyList<CreditRecordRequest?>? Records);

/// <summary>
/// One record: the operator's 统一社会信用代码, the class (基本信息 / 税费 / 负面 / 投诉) and type, the source authority, the
/// date (yyyy-MM-dd, Beijing day, not in the future), the source's unique reference and, where it has one, the end date.
/// </summary>
public sealed record CreditRecordRequest(
    string? Uscc, string? Class, string? Type, string? Source, string? Date, string? Reference, string? EndDate, string? Summary);

/// <summary>Each record's result (accepted / duplicate / refused) in the order sent, with the reason unless accepted.</summary>
public sealed record CreditRecordBatchResponse(int Accepted, int Duplicates, int Refused, IReadOnlyList<CreditRecordAnswer> Records);

public sealed record CreditRecordAnswer(int Index, string? Reference, string Result, string? Reason);
