using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PrepaidPlatform.Platform.Api;

/// <summary>
/// 签名自检: an institution checks its signing (key, clock, body hash) with a request that changes nothing, before it
/// sends real data. Answers the verified key id and owner, or the same problem documents every signed API answers.
/// </summary>
[ApiController]
[Route("api/v1/platform/client")]
[SignedApiClient]
[Produces("application/json")]
public sealed class ApiClientCheckController(ICurrentApiClient current) : ControllerBase
{
    /// <summary>The calling client as the platform knows it.</summary>
    [HttpGet]
    [ProducesResponseType<ApiClientCheck>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblems.ContentType)]
    public ApiClientCheck Get() => current.Client is { } client
        ? new ApiClientCheck(client.KeyId, client.OwnerType, client.OwnerId, client.Name)
        : throw new InvalidOperationException("[SignedApiClient] lets no unverified request through.");
}

/// <summary>What <see cref="ApiClientCheckController"/> answers: the key id and the institution it belongs to.</summary>
public sealed record ApiClientCheck(string KeyId, string OwnerType, Guid OwnerId, string Name);
