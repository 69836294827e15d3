using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Reporting.Application.Feed;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Api;

/// <summary>
/// 发卡系统数据报送 (issue 13 · 6; docs/reporting-api.md): a connected card-issuing system pushes its operators' figures of
/// each ended day (T+1). Each record answers accepted / duplicate / refused with a reason; a refused record never blocks the
/// good ones; the accepted ones are stored in one transaction. Signed like every machine API (the kernel's HMAC check).
/// </summary>
[ApiController]
[Route("api/v1/reporting/card-feed")]
[SignedApiClient]
// No [Produces] here: it would overwrite the problem documents' application/problem+json with application/json.
public sealed class CardFeedController(ICurrentApiClient current, PlatformDbContext db) : ControllerBase
{
    /// <summary>Reports 1 to 5,000 daily records of the calling card system's operators.</summary>
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<CardFeedBatchResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ApiProblems.ContentType)]
    public async Task<IActionResult> Post([FromBody] CardFeedBatchRequest request, CancellationToken cancellationToken)
    {
        var client = current.Client ?? throw new InvalidOperationException("[SignedApiClient] lets no unverified request through.");
        var system = client.OwnerType == CardSystemApiOwner.CardSystem
            ? await db.Set<CardSystem>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == client.OwnerId && s.Active, cancellationToken)
            : null;
        if (system is null)
        {
            return ApiProblems.Result(StatusCodes.Status403Forbidden, "该密钥不属于已启用的发卡系统，不能报送发卡数据：请联系市商务委。");
        }

        var records = request?.Records;
        if (records is null || records.Count == 0)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, "批次中没有记录：records 须包含 1 至 5,000 条发卡数据记录。");
        }

        if (records.Count > FeedIngestion.MaxRecords)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest,
                $"每批最多 {FeedIngestion.MaxRecords:N0} 条记录，本批 {records.Count:N0} 条：请分批报送。");
        }

        // The ingestion service is internal to the module, so a public controller cannot take it in its constructor.
        var ingestion = HttpContext.RequestServices.GetRequiredService<FeedIngestion>();
        var outcome = await ingestion.IngestAsync(system, records.Select(ToInput).ToList(), cancellationToken);
        return Ok(new CardFeedBatchResponse(
            outcome.DeliveryId, new DateTimeOffset(outcome.ReceivedAtUtc, TimeSpan.Zero),
            outcome.Count(FeedRecordResult.Accepted), outcome.Count(FeedRecordResult.Duplicate), outcome.Count(FeedRecordResult.Refused),
            outcome.Records.Select(r => new CardFeedRecordAnswer(r.Index, r.Reference, r.Result.ToString().ToLowerInvariant(), r.Reason)).ToList()));
    }

    private static FeedRecordInput ToInput(CardFeedRecordRequest? r) => r is null
        ? new FeedRecordInput(null, null, null, null, null, null, null)
        : new FeedRecordInput(r.Uscc, r.Date, ApiJsonValues.Text(r.PrepaidTotal), ApiJsonValues.Text(r.Balance), ApiJsonValues.Text(r.CardsIssued), ApiJsonValues.Text(r.CardsWithBalance), r.Reference);
}
