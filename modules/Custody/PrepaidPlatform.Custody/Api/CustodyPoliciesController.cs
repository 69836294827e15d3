using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Custody.Api;

/// <summary>
/// 履约保证保险 (SPEC C4): an insurer pushes its policies; each record answers accepted / duplicate / updated / refused.
/// Only a key of an active 保险机构 may call it: a bank's key, or a suspended insurer's, gets 403.
/// </summary>
[ApiController]
[Route("api/v1/custody/policies")]
[SignedApiClient]
[Produces("application/json")]
public sealed class CustodyPoliciesController : ControllerBase
{
    private readonly ICurrentApiClient _current;
    private readonly PlatformDbContext _db;
    private readonly CustodyPolicyIntake _intake;

    // A public controller cannot take the internal intake in a public constructor's signature: it is resolved here.
    public CustodyPoliciesController(ICurrentApiClient current, PlatformDbContext db, IServiceProvider services)
    {
        (_current, _db) = (current, db);
        _intake = (CustodyPolicyIntake)services.GetService(typeof(CustodyPolicyIntake))!;
    }

    /// <summary>Adds or updates up to 1,000 policies of the calling insurer.</summary>
    [HttpPost]
    [ProducesResponseType<PolicyBatchResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblems.ContentType)]
    public async Task<IActionResult> Post([FromBody] PolicyBatch batch, CancellationToken cancellationToken)
    {
        var client = _current.Client ?? throw new InvalidOperationException("[SignedApiClient] lets no unverified request through.");
        var insurerId = client.OwnerType == CustodyApiOwner.Institution
            ? await _db.Set<CustodyInstitution>()
                .Where(i => i.Id == client.OwnerId && i.Kind == InstitutionKind.Insurer && i.Status == InstitutionStatus.Active)
                .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (insurerId is null)
        {
            return ApiProblems.Result(StatusCodes.Status403Forbidden, "该密钥不属于在用的保险机构，不能报送履约保证保险保单。");
        }

        if (batch.Policies is not { Count: > 0 } records)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, "请求正文须包含至少一条保单（policies）。");
        }

        if (records.Count > CustodyPolicyIntake.MaxBatch)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, $"每批最多 {CustodyPolicyIntake.MaxBatch} 条保单，本批 {records.Count} 条：请拆分后重新报送。");
        }

        var results = await _intake.IngestAsync(insurerId.Value, records, cancellationToken);
        return Ok(new PolicyBatchResult(
            results.Count(r => r.Result == PolicyRecordResult.Accepted),
            results.Count(r => r.Result == PolicyRecordResult.Duplicate),
            results.Count(r => r.Result == PolicyRecordResult.Updated),
            results.Count(r => r.Result == PolicyRecordResult.Refused),
            results));
    }
}
