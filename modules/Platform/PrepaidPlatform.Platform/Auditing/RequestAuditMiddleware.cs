using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Text;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>P2: every request of a signed-in user — user, district, method, path, status, duration, IP, exception — appended to the audit.</summary>
internal sealed class RequestAuditMiddleware(RequestDelegate next, ILogger<RequestAuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IServiceScopeFactory scopes, IClock clock)
    {
        if (IsStaticAsset(context.Request.Path))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        Exception? failure = null;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            // Sign-in and sign-out change the principal during the request: whoever is signed in at either end is recorded.
            var user = context.User;
            if (user.Identity?.IsAuthenticated == true)
            {
                await WriteAsync(context, user, scopes, clock, started, failure);
            }
        }
    }

    private async Task WriteAsync(HttpContext context, System.Security.Claims.ClaimsPrincipal user, IServiceScopeFactory scopes, IClock clock, long started, Exception? failure)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var tenantId = Guid.TryParse(user.FindFirst(PlatformClaimTypes.TenantId)?.Value, out var t) ? t : (Guid?)null;
            using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
            db.Set<RequestAuditRecord>().Add(new RequestAuditRecord
            {
                TimeUtc = clock.UtcNow.UtcDateTime,
                UserId = Guid.TryParse(user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var u) ? u : null,
                UserName = user.Identity?.Name,
                TenantId = tenantId,
                HttpMethod = context.Request.Method,
                Path = TextLimits.Clip(context.Request.Path + context.Request.QueryString, 512),
                StatusCode = failure is null ? context.Response.StatusCode : StatusCodes.Status500InternalServerError,
                DurationMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                ClientIp = context.Connection.RemoteIpAddress?.ToString(),
                Exception = failure is null ? null : TextLimits.Clip(failure.GetType().Name + ": " + failure.Message, 4000),
                CorrelationId = context.TraceIdentifier,
            });
            await db.SaveChangesAsync(context.RequestAborted.IsCancellationRequested ? CancellationToken.None : context.RequestAborted);
        }
        catch (Exception ex)
        {
            // An audit write that fails must be visible to operations, but it does not turn the user's request into an error.
            logger.LogError(ex, "Request audit could not be written for {Path}", context.Request.Path);
        }
    }

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") ||
        path.StartsWithSegments("/_content") || path.StartsWithSegments("/favicon.ico") || path.StartsWithSegments("/health") ||
        path.StartsWithSegments("/metrics");
}
