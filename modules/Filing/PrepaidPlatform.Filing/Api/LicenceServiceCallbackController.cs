using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Api;

namespace PrepaidPlatform.Filing.Api;

/// <summary>
/// The electronic business licence service pushes a QR session's outcome here (docs/licence-service.md §3) so that the
/// registration page learns it without waiting for its next poll. Not a city-managed API client: the service signs with
/// the shared key of <c>Filing:LicenceService</c>, and without that configuration (the sandbox) there is nothing here.
/// </summary>
[ApiController]
[Route("api/v1/filing/licence-service/callback")]
public sealed class LicenceServiceCallbackController : ControllerBase
{
    private readonly IServiceProvider _services;

    public LicenceServiceCallbackController(IServiceProvider services) => _services = services;

    /// <summary>Records the outcome (confirmed, expired, refused) of one QR session; a repeated push answers the same.</summary>
    [HttpPost]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ApiProblems.ContentType)]
    public async Task<IActionResult> Post(CancellationToken cancellationToken)
    {
        // Registered only with Filing:LicenceVerifier=Http; the controller itself is public, the intake internal.
        if (_services.GetService(typeof(LicenceCallbackIntake)) is not LicenceCallbackIntake intake)
        {
            return ApiProblems.Result(StatusCodes.Status404NotFound, "本平台未启用电子营业执照服务回调。");
        }

        var body = await ReadBodyAsync(cancellationToken);
        if (body is null)
        {
            return ApiProblems.Result(StatusCodes.Status413PayloadTooLarge, $"回调正文超过 {LicenceCallbackIntake.MaxBodyBytes / 1024} KB。");
        }

        var result = await intake.AcceptAsync(body, Request.Headers[HttpLicenceVerifier.SignatureHeader].FirstOrDefault(), cancellationToken);
        return result.Outcome switch
        {
            LicenceCallbackIntake.Outcome.Unauthorized => ApiProblems.Result(StatusCodes.Status401Unauthorized, result.Detail!),
            LicenceCallbackIntake.Outcome.Invalid => ApiProblems.Result(StatusCodes.Status400BadRequest, result.Detail!),
            _ => Signed(intake.Key, new Answer("0", result.SessionId!, result.Nonce!, result.Outcome == LicenceCallbackIntake.Outcome.AlreadyRecorded)),
        };
    }

    /// <summary>
    /// Signed like the service's own answers and naming the push's session and nonce, so that the service can tell that
    /// the platform, and not an impostor or an old answer, took this push.
    /// </summary>
    private ContentResult Signed(string key, Answer answer)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(answer, AnswerJson);
        Response.Headers[HttpLicenceVerifier.SignatureHeader] = LicenceCallbackIntake.Sign(key, System.Text.Encoding.UTF8.GetBytes(json));
        return Content(json, "application/json");
    }

    private static readonly System.Text.Json.JsonSerializerOptions AnswerJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    private sealed record Answer(string Code, string SessionId, string Nonce, bool Duplicate);

    private async Task<byte[]?> ReadBodyAsync(CancellationToken cancellationToken)
    {
        if (Request.ContentLength > LicenceCallbackIntake.MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > LicenceCallbackIntake.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
