using System.Text.Json;

namespace PrepaidPlatform.Custody.Api;

/// <summary>
/// <c>POST /api/v1/custody/statements</c>: a bank's batch of 存管账单 records, 1 to 5,000 of them. Public because the API
/// controller and its OpenAPI document show it; the module reads it into its own validated form.
/// </summary>
public sealed record StatementBatchRequest(IReadOnlyList<StatementRecordRequest?>? Records);

/// <summary>
/// One 存管账单 record. Amounts are 元 with at most two decimals, as a JSON number (<c>345100.00</c>) or a numeric string
/// (<c>"345100.00"</c>); a record whose amount is neither is refused on its own, not the batch.
/// </summary>
/// <param name="AccountNumber">银行账号 of the 专用存管账户, digits only (spaces are ignored).</param>
/// <param name="AsOf">查询时间: ISO 8601 with an offset, e.g. <c>2026-12-05T18:00:00+08:00</c>.</param>
/// <param name="Balance">账户余额(元).</param>
/// <param name="CustodyAmount">存管金额(元).</param>
/// <param name="AvailableAmount">可用金额(元). 存管金额 + 可用金额 may not exceed 账户余额.</param>
/// <param name="Status">账户状态: <c>已监管</c> / <c>信息异常</c> (or <c>SUPERVISED</c> / <c>ABNORMAL</c>).</param>
/// <param name="Remark">说明 (required with 信息异常), at most 200 characters.</param>
/// <param name="Reference">The bank's own reference of the record, at most 64 characters: stored once per bank.</param>
public sealed record StatementRecordRequest(
    string? AccountNumber, string? AsOf, JsonElement? Balance, JsonElement? CustodyAmount, JsonElement? AvailableAmount,
    string? Status, string? Remark, string? Reference);

/// <summary>The answer to a batch: counts, and one line per record in the order sent.</summary>
/// <param name="DeliveryId">The platform's id of this delivery (for questions to the city).</param>
public sealed record StatementBatchResponse(Guid DeliveryId, DateTimeOffset ReceivedAt, int Accepted, int Duplicate, int Refused, IReadOnlyList<StatementRecordAnswer> Results);

/// <param name="Index">The record's position in <c>records</c>, from 0.</param>
/// <param name="Result"><c>accepted</c>, <c>duplicate</c> (this reference is already stored; nothing changed) or <c>refused</c>.</param>
/// <param name="Reason">Why a record was refused, in Chinese; null otherwise.</param>
public sealed record StatementRecordAnswer(int Index, string? Reference, string Result, string? Reason);
