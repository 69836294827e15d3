using System.Text.Json;

namespace PrepaidPlatform.Custody;

/// <summary>The body of <c>POST /api/v1/custody/policies</c>: up to 1,000 policies of the calling insurer.</summary>
public sealed record PolicyBatch(IReadOnlyList<PolicyRecord>? Policies);

/// <summary>The answer: one result per record, in the order sent.</summary>
public sealed record PolicyBatchResult(int Accepted, int Duplicate, int Updated, int Refused, IReadOnlyList<PolicyRecordResult> Results);

/// <summary>
/// One policy as the insurer sends it: the amount in 元 (at most two decimals), the validity as yyyy-MM-dd. The amount is
/// kept as raw JSON so that a non-numeric amount refuses its record instead of the whole batch.
/// </summary>
public sealed record PolicyRecord(string? PolicyNumber, string? InsuredUscc, JsonElement? InsuredAmount, string? ValidFrom, string? ValidTo);

/// <summary>What happened to one record: accepted, duplicate, updated or refused (with the reason in Chinese).</summary>
public sealed record PolicyRecordResult(string PolicyNumber, string Result, string? Reason)
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Updated = "updated";
    public const string Refused = "refused";
}
