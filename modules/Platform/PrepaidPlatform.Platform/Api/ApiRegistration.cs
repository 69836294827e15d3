using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using Scalar.AspNetCore;

namespace PrepaidPlatform.Platform.Api;

/// <summary>
/// The machine API's plumbing, once for every module: MVC controllers under <c>/api/v1/&lt;module&gt;/…</c>, problem
/// documents for invalid bodies, the one OpenAPI document (<see cref="DocumentPath"/>) and its Scalar page
/// (<see cref="DocsPath"/>), and the credential tables.
/// </summary>
internal static class ApiRegistration
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string DocsPath = "/api/docs";

    public static void AddPlatformApi(this IServiceCollection services)
    {
        services.AddScoped<IApiClients, ApiClients>();
        services.AddScoped<CurrentApiClient>();
        services.AddScoped<ICurrentApiClient>(sp => sp.GetRequiredService<CurrentApiClient>());
        services.AddScoped<ApiRequestVerifier>();
        services.AddControllers();
        // [ApiController] answers a body it cannot read with 400 before the action runs: as a problem document in Chinese,
        // with the fields that failed, never the framework's English text alone.
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = context =>
            ApiProblems.Result(StatusCodes.Status400BadRequest, ApiProblems.MalformedDetail, new Dictionary<string, object?>
            {
                ["errors"] = context.ModelState.Where(e => e.Value?.Errors.Count > 0)
                    .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray()),
            }));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "单用途商业预付卡监管平台 · 机构接口";
            document.Info.Description =
                "银行、保险机构等通过签名请求调用的接口。每个请求带 X-Api-Key、X-Api-Timestamp（Unix 秒）、X-Api-Nonce、X-Api-Signature："
                + "签名为 HMAC-SHA256(密钥, 方法\\n路径和查询串\\n时间戳\\n随机串\\n正文的 SHA-256 十六进制)，小写十六进制。错误均为 RFC 7807 问题文档。";
            return Task.CompletedTask;
        }));
    }

    public static void ConfigureApiClients(this ModelBuilder modelBuilder)
    {
        const string p = PlatformDbProperties.PlatformPrefix;
        modelBuilder.Entity<ApiClient>(b =>
        {
            b.ToTable(p + "ApiClients");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.KeyId).HasMaxLength(64).IsRequired();
            b.HasIndex(x => x.KeyId).IsUnique();
            b.Property(x => x.OwnerType).HasMaxLength(64).IsRequired();
            b.Property(x => x.Name).HasMaxLength(64).IsRequired();
            b.Property(x => x.SecretProtected).HasMaxLength(160).IsRequired().AuditMasked(AuditMask.Secret);
            b.HasIndex(x => new { x.OwnerType, x.OwnerId });
        });

        modelBuilder.Entity<ApiNonce>(b =>
        {
            b.ToTable(p + "ApiNonces");
            b.HasKey(x => new { x.ClientId, x.Nonce });
            b.Property(x => x.Nonce).HasMaxLength(64);
            b.HasIndex(x => x.ExpiresAtUtc);
            b.ExcludeFromAudit();
        });
    }

    public static void MapPlatformApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapControllers();
        endpoints.MapOpenApi(DocumentPath.Replace("v1", "{documentName}", StringComparison.Ordinal));
        endpoints.MapScalarApiReference(DocsPath, o => o.WithTitle("机构接口文档").WithOpenApiRoutePattern(DocumentPath));
    }

    /// <summary>An unexpected failure under <c>/api/</c> is a problem document too, not the site's HTML error page.</summary>
    public static void UseApiExceptionProblems(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PrepaidPlatform.Api")
                .LogError(ex, "API request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = ApiProblems.ContentType;
            await context.Response.WriteAsJsonAsync(new ProblemDetails
            {
                Status = 500, Title = "服务器错误", Detail = "平台处理请求时出错：请稍后以相同的业务编号重试（已受理的记录会答复为重复），仍失败时请联系市商务委。",
            }, (System.Text.Json.JsonSerializerOptions?)null, ApiProblems.ContentType);
        }
    });
}
