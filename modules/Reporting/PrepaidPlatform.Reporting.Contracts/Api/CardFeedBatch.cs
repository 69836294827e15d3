using System.Text.Json;

namespace PrepaidPlatform.Reporting.Api;

/// <summary>
/// <c>POST /api/v1/reporting/card-feed</c>: a card system's T+1 batch, 1 to 5,000 records of its operators' daily figures.
/// Public because the API controller and its OpenAPI document show it; the module reads it into its own validated form.
/// </summary>
public sealed record CardFeedBatchRequest(IReadOnlyList<CardFeedRecordRequest?>? Records);

/// <summary>
/// One operator's figures at the end of one day. Amounts are 元 with at most two decimals, as a JSON number
/// (<c>345100.00</c>) or a numeric string (<c>"345100.00"</c>); a record whose amount is neither is refused on its own.
/// </summary>
/// <param name="Uscc">统一社会信用代码 of the operator (18 characters): it must have a standing filing on the platform.</param>
/// <param name="Date">数据日期, the Beijing day the figures stand at the end of, <c>yyyy-MM-dd</c>; a day that has ended (T+1).</param>
/// <param name="PrepaidTotal">预收资金(元): cards sold since the operator started, to the end of the day.</param>
/// <param name="Balance">预收资金余额(元) at the end of the day; not more than <paramref name="PrepaidTotal"/>.</param>
/// <param name="CardsIssued">累计发卡数量 to the end of the day.</param>
/// <param name="CardsWithBalance">余额卡总数 at the end of the day; not more than <paramref name="CardsIssued"/>.</param>
/// <param name="Reference">The card system's own reference of the record, at most 64 characters: stored once per system.</param>
public sealed record CardFeedRecordRequest(
    string? Uscc, string? Date, JsonElement? PrepaidTotal, JsonElement? Balance, JsonElement? CardsIssued, JsonElement? CardsWithBalance, string? Reference);

/// <summary>The answer to a batch: counts, and one line per record in the order sent.</summary>
/// <param name="DeliveryId">The platform's id of this delivery (for questions to the city).</param>
public sealed record CardFeedBatchResponse(Guid DeliveryId, DateTimeOffset ReceivedAt, int Accepted, int Duplicate, int Refused, IReadOnlyList<CardFeedRecordAnswer> Results);

/// <param name="Index">The record's position in <c>records</c>, from 0.</param>
/// <param name="Result"><c>accepted</c>, <c>duplicate</c> (this reference is already stored; nothing changed) or <c>refused</c>.</param>
/// <param name="Reason">Why a record was refused, in Chinese; null otherwise.</param>
public sealed record CardFeedRecordAnswer(int Index, string? Reference, string Result, string? Reason);
