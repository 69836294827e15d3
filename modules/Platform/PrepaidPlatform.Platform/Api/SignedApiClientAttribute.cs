using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace PrepaidPlatform.Platform.Api;

/// <summary>
/// Put on a module's API controller: the request must be signed by a known, unrevoked client (README · Machine clients).
/// Runs as an authorization filter, before model binding reads the body; on success the controller finds the caller in
/// <see cref="ICurrentApiClient"/>. Every failure is the same 401 problem document; a reused nonce is 409.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SignedApiClientAttribute : Attribute, IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var verifier = http.RequestServices.GetRequiredService<ApiRequestVerifier>();
        context.Result = await verifier.VerifyAsync(http.Request, http.RequestAborted) switch
        {
            ApiVerification.Verified => null,
            ApiVerification.Replayed => ApiProblems.Result(StatusCodes.Status409Conflict, ApiProblems.ReplayDetail),
            ApiVerification.TooLarge => ApiProblems.Result(StatusCodes.Status413PayloadTooLarge,
                $"请求正文超过 {ApiRequestVerifier.MaxBodyBytes / 1024 / 1024} MB：请分批提交。"),
            _ => ApiProblems.Result(StatusCodes.Status401Unauthorized, ApiProblems.UnauthorizedDetail),
        };
    }
}
