using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Custody.Api;

/// <summary>
/// 存管账单报送 (SPEC C2; README · Machine clients): a 存管银行 pushes its accounts' statements. Each record answers
/// accepted / duplicate / refused with a reason; a refused record never blocks the good ones; the accepted ones are
/// stored with their accounts' new figures in one transaction. A bank writes only accounts opened with it.
/// </summary>
[ApiController]
[Route("api/v1/custody/statements")]
[SignedApiClient]
// No [Produces] here: it would overwrite the problem documents' application/problem+json with application/json.
public sealed class CustodyStatementsController(ICurrentApiClient current, PlatformDbContext db) : ControllerBase
{
    /// <summary>Reports 1 to 5,000 statement records of the calling bank's accounts.</summary>
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<StatementBatchResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ApiProblems.ContentType)]
    public async Task<IActionResult> Post([FromBody] StatementBatchRequest request, CancellationToken cancellationToken)
    {
        var client = current.Client ?? throw new InvalidOperationException("[SignedApiClient] lets no unverified request through.");
        var bank = client.OwnerType == CustodyApiOwner.Institution
            ? await db.Set<CustodyInstitution>().AsNoTracking().FirstOrDefaultAsync(
                i => i.Id == client.OwnerId && i.Kind == InstitutionKind.Bank && i.Status == InstitutionStatus.Active && i.BankCode != null, cancellationToken)
            : null;
        if (bank is null)
        {
            return ApiProblems.Result(StatusCodes.Status403Forbidden, "该密钥不属于已启用的存管银行，不能报送存管账单：请联系市商务委。");
        }

        var records = request?.Records;
        if (records is null || records.Count == 0)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, "批次中没有记录：records 须包含 1 至 5,000 条存管账单记录。");
        }

        if (records.Count > StatementIngestion.MaxRecords)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest,
                $"每批最多 {StatementIngestion.MaxRecords:N0} 条记录，本批 {records.Count:N0} 条：请分批报送。");
        }

        // The ingestion service is internal to the module, so a public controller cannot take it in its constructor.
        var ingestion = HttpContext.RequestServices.GetRequiredService<StatementIngestion>();
        var outcome = await ingestion.IngestAsync(bank, records.Select(ToInput).ToList(), StatementSource.Api, wholeOrNothing: false, cancellationToken);
        return Ok(new StatementBatchResponse(
            outcome.DeliveryId, new DateTimeOffset(outcome.ReceivedAtUtc, TimeSpan.Zero),
            outcome.Count(StatementRecordResult.Accepted), outcome.Count(StatementRecordResult.Duplicate), outcome.Count(StatementRecordResult.Refused),
            outcome.Records.Select(r => new StatementRecordAnswer(r.Index, r.Reference, r.Result.ToString().ToLowerInvariant(), r.Reason)).ToList()));
    }

    private static StatementRecordInput ToInput(StatementRecordRequest? r) => r is null
        ? new StatementRecordInput(null, null, null, null, null, null, null, null)
        : new StatementRecordInput(r.AccountNumber, r.AsOf, ApiJsonValues.Text(r.Balance), ApiJsonValues.Text(r.CustodyAmount), ApiJsonValues.Text(r.AvailableAmount), r.Status, r.Remark, r.Reference);
}
