using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Api;

namespace PrepaidPlatform.CreditRisk.Api;

/// <summary>
/// 信用信息报送 (issue 17 · 1; docs/creditrisk-api.md): the city's data centre pushes the four classes of public information,
/// signed like the banks' API with a key the city issues on /CreditRisk/DataCentre. Each record answers accepted /
/// duplicate / refused with a reason; a refused record never blocks the good ones; a reference already stored answers
/// duplicate and changes nothing, so a batch may be resent safely.
/// </summary>
[ApiController]
[Route("api/v1/creditrisk/records")]
[SignedApiClient]
public sealed class CreditRecordsController(ICurrentApiClient current) : ControllerBase
{
    /// <summary>Reports 1 to 1,000 credit records.</summary>
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<CreditRecordBatchResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblems.ContentType)]
    public async Task<IActionResult> Post([FromBody] CreditRecordBatchRequest request, CancellationToken cancellationToken)
    {
        var client = current.Client ?? throw new InvalidOperationException("[SignedApiClient] lets no unverified request through.");
        if (client.OwnerType != DataCentreKeys.OwnerType)
        {
            return ApiProblems.Result(StatusCodes.Status403Forbidden, "该密钥不属于市大数据中心，不能报送信用信息：请联系市商务委。");
        }

        var records = request?.Records;
        if (records is null || records.Count == 0)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, $"批次中没有记录：records 须包含 1 至 {CreditRecordIntake.MaxRecords:N0} 条信用信息。");
        }

        if (records.Count > CreditRecordIntake.MaxRecords)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, $"每批最多 {CreditRecordIntake.MaxRecords:N0} 条记录，本批 {records.Count:N0} 条：请分批报送。");
        }

        // The intake is internal to the module, so a public controller cannot take it in its constructor.
        var intake = HttpContext.RequestServices.GetRequiredService<CreditRecordIntake>();
        var inputs = records.Select(r => r is null
            ? new CreditRecordInput(null, null, null, null, null, null, null, null)
            : new CreditRecordInput(r.Uscc, r.Class, r.Type, r.Source, r.Date, r.Reference, r.EndDate, r.Summary)).ToList();
        var outcomes = await intake.IngestAsync(inputs, CreditChannel.Api, recordedBy: null, district: null, wholeOrNothing: false, cancellationToken);
        return Ok(new CreditRecordBatchResponse(
            outcomes.Count(o => o.Result == IntakeResult.Accepted), outcomes.Count(o => o.Result == IntakeResult.Duplicate), outcomes.Count(o => o.Result == IntakeResult.Refused),
            outcomes.Select(o => new CreditRecordAnswer(o.Index, o.Reference, o.Result.ToString().ToLowerInvariant(), o.Reason)).ToList()));
    }
}
