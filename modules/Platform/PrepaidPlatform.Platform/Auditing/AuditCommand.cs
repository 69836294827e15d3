using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>
/// <c>dotnet run --project host/PrepaidPlatform.Host -- audit verify [--day yyyy-MM-dd]</c>: verifies the audit chains
/// (every day, or one) against the configured database and names the first broken row of each broken day.
/// Exit code 0 when every chain is intact, 1 when one is broken, 2 on a usage error.
/// </summary>
public static class AuditCommand
{
    public static bool Matches(string[] args) => args is ["audit", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (args is not ["audit", "verify", ..])
        {
            await output.WriteLineAsync("用法：audit verify [--day yyyy-MM-dd]");
            return 2;
        }

        DateOnly? day = null;
        var dayIndex = Array.IndexOf(args, "--day");
        if (dayIndex >= 0)
        {
            if (dayIndex + 1 >= args.Length || !DateOnly.TryParseExact(args[dayIndex + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await output.WriteLineAsync("--day 须为日期，格式 yyyy-MM-dd。");
                return 2;
            }

            day = parsed;
        }

        await using var scope = services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<AuditChainVerifier>();
        IReadOnlyList<AuditChainReport> reports;
        try
        {
            reports = await verifier.VerifyAsync(day, day, cancellationToken);
        }
        catch (System.Data.Common.DbException e)
        {
            await output.WriteLineAsync($"无法读取审计记录（数据库连接配置有误，或数据库尚未由平台启动时迁移）：{e.Message}");
            return 2;
        }

        if (reports.Count == 0)
        {
            await output.WriteLineAsync(day is { } d ? $"{d:yyyy-MM-dd}：没有审计记录。" : "没有审计记录。");
            return 0;
        }

        foreach (var report in reports)
        {
            await output.WriteLineAsync(report.Describe());
        }

        return reports.All(r => r.Intact) ? 0 : 1;
    }
}
