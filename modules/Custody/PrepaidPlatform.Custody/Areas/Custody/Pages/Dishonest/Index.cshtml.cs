using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Dishonest;

/// <summary>
/// 严重失信主体 (city): the operators listed by hand, and a search over every supervised operator of every district to list
/// one (until CreditRisk owns the listing).
/// </summary>
[Authorize(Policy = CustodyPermissions.SeriousDishonestManage)]
internal sealed class IndexModel(PlatformDbContext db, ICrossTenantAccess crossTenant, ITenantDirectory tenants) : PageModel
{
    public const int MaxFound = 50;

    public sealed record Row(Guid Id, string OperatorName, string Uscc, string FilingNumber, string District, bool Listed, string? Reason);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<Row> Listed { get; private set; } = [];

    public IReadOnlyList<Row> Found { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var districts = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        using var cityWide = crossTenant.EnterCityScope();
        var operators = db.Set<CustodyOperator>().AsNoTracking();
        Listed = Rows(await operators.Where(o => o.SeriousDishonest).OrderBy(o => o.OperatorName).ToListAsync(cancellationToken), districts);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var text = Search.Trim();
            var upper = text.ToUpperInvariant();
            Found = Rows(await operators.Where(o => o.OperatorName.Contains(text) || o.Uscc == upper || o.FilingNumber == upper)
                .OrderBy(o => o.OperatorName).ThenBy(o => o.Id).Take(MaxFound).ToListAsync(cancellationToken), districts);
        }
    }

    private static List<Row> Rows(IEnumerable<CustodyOperator> operators, Dictionary<Guid, string> districts) =>
        operators.Select(o => new Row(o.Id, o.OperatorName, o.Uscc, o.FilingNumber, o.TenantId is { } t && districts.TryGetValue(t, out var name) ? name : string.Empty,
            o.SeriousDishonest, o.SeriousDishonestReason)).ToList();
}
