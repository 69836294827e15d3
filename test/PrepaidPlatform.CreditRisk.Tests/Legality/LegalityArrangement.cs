using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.CreditRisk.Tests.Legality;

internal static class LegalityArrangement
{
    public const string Page = "/CreditRisk/Legality";

    public static Dictionary<string, string> Order(string uscc, string orderNumber, string workingDays = "5", string description = "未按规定公示预付卡章程（测试）") => new()
    {
        ["Input.Uscc"] = uscc, ["Input.Description"] = description, ["Input.OrderNumber"] = orderNumber, ["Input.WorkingDays"] = workingDays,
    };

    public static async Task<(HttpStatusCode Status, string Html)> RecordAsync(this PlatformClient client, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync(Page, fields, Page + "?handler=Record");
        return await ReadAsync(client, response);
    }

    /// <summary>
    /// 确认已整改 with the idempotency key the page renders in the order's row, as a browser sends it (the key's length is the
    /// product's: MariaDB refuses one longer than the journal's column, SQLite does not); a fresh key where the page shows
    /// no such row (another district's order).
    /// </summary>
    public static async Task<(HttpStatusCode Status, string Html)> RectifyAsync(this PlatformClient client, Guid id, int version, string note)
    {
        var row = Regex.Match(await client.GetPageAsync(Page), $"id=\"v-{id}\"(?:(?!</tr>)[\\s\\S])*?name=\"idempotencyKey\" value=\"([^\"]+)\"");
        using var response = await client.PostFormAsync(Page, new Dictionary<string, string>
        {
            ["id"] = id.ToString(), ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = note,
            ["idempotencyKey"] = row.Success ? row.Groups[1].Value : Guid.NewGuid().ToString("N"),
        }, Page + "?handler=Rectify");
        return await ReadAsync(client, response);
    }

    /// <summary>A refused form is the page again (200); a saved one redirects (302), and the page it redirects to is read.</summary>
    private static async Task<(HttpStatusCode Status, string Html)> ReadAsync(PlatformClient client, HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
            ? (response.StatusCode, WebUtility.HtmlDecode(await client.GetPageAsync(response.Headers.Location!.OriginalString)))
            : (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));

    public static Task<Violation?> ViolationAsync(this PlatformFactory factory, string orderNumber) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<Violation>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(v => v.OrderNumber == orderNumber));

    public static Task<KeyListEntry?> KeyListEntryAsync(this PlatformFactory factory, Guid operatorUserId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<KeyListEntry>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(e => e.OperatorUserId == operatorUserId));

    public static Task<int> InstanceVersionAsync(this PlatformFactory factory, Violation violation) => factory.InScopeAsync(async sp =>
    {
        using var district = sp.GetRequiredService<ICurrentTenant>().Change(violation.TenantId);
        return (await sp.GetRequiredService<IWorkflowRuntime>().FindAsync(violation.WorkflowInstanceId!.Value))!.Version;
    });

    /// <summary>One sweep of the workflow timers now, as the every-minute job does (the sweeper is the Workflows module's own).</summary>
    public static Task<int> SweepTimersAsync(this PlatformFactory factory) => factory.InScopeAsync(async sp =>
    {
        var type = Type.GetType("PrepaidPlatform.Workflows.Timers.WorkflowTimerSweeper, PrepaidPlatform.Workflows", throwOnError: true)!;
        var sweeper = sp.GetRequiredService(type);
        return await (Task<int>)type.GetMethod("SweepAsync")!.Invoke(sweeper, [CancellationToken.None])!;
    });
}
