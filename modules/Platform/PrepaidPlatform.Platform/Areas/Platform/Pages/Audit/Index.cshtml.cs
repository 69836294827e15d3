using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Areas.Platform.Pages.Audit;

/// <summary>审计日志: the city searches requests and data changes of every district.</summary>
[Authorize(Policy = PlatformPermissions.AuditRead)]
internal sealed class IndexModel(AuditQuery audit, AuditChainVerifier verifier, ITenantDirectory tenants, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "changes";

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditQuery.Page<RequestAuditRecord>? Requests { get; private set; }

    public AuditQuery.Page<EntityChangeRecord>? Changes { get; private set; }

    public IReadOnlyDictionary<Guid, string> DistrictNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    /// <summary>The day whose chain 校验审计链 checks; empty checks every day kept.</summary>
    [BindProperty]
    public DateOnly? VerifyDay { get; set; }

    public IReadOnlyList<AuditChainReport>? ChainReports { get; private set; }

    /// <summary>校验审计链: recomputes the chosen day's hash chain (or every day's) and names the first broken row.</summary>
    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        ChainReports = await verifier.VerifyAsync(VerifyDay, VerifyDay, cancellationToken);
        await OnGetAsync(cancellationToken);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DistrictNames = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var filter = new AuditQuery.Filter(From, To, UserName, District, EntityType, EntityId, PageNumber);
        if (Kind == "requests")
        {
            Requests = await audit.RequestsAsync(filter, cancellationToken);
        }
        else
        {
            EntityTypes = await audit.EntityTypesAsync(cancellationToken);
            Changes = await audit.EntityChangesAsync(filter, cancellationToken);
        }
    }

    public string Local(DateTime utc) => clock.FormatSeconds(utc);

    public string DistrictName(Guid? id) => id is { } t && DistrictNames.TryGetValue(t, out var name) ? name : "市级";

    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["Kind"] = Kind, ["From"] = From?.ToString("yyyy-MM-dd") ?? "", ["To"] = To?.ToString("yyyy-MM-dd") ?? "", ["UserName"] = UserName ?? "",
        ["District"] = District?.ToString() ?? "", ["EntityType"] = EntityType ?? "", ["EntityId"] = EntityId ?? "", ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
