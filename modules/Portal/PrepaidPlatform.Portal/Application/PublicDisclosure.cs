using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting;

namespace PrepaidPlatform.Portal.Application;

/// <summary>An operator's public page: its filing, risk code with public reasons, list entries, custody outcome and connection.</summary>
internal sealed record OperatorDisclosure(
    PublicOperatorFiling Filing, PublicRiskProfile Risk, IReadOnlyList<PublicCreditEntry> Records, PublicCustodyStatus Custody, CardSystemConnection? Connection);

/// <summary>A credit list's entry with the filing it belongs to (null when the operator's filing is not found).</summary>
internal sealed record ListedOperator(PublicCreditEntry Entry, PublicOperatorSummary? Filing);

/// <summary>One page of a portal list: credit entries or 注销 notices.</summary>
internal sealed record ListPage(IReadOnlyList<ListedOperator> Listed, IReadOnlyList<PublicDeregistrationNotice> Notices, int Total);

/// <summary>
/// Composes the portal's answers from the modules' public contracts, each answer cached by <see cref="PortalCache"/>.
/// Only what the contracts call public reaches a page; this class adds nothing of its own.
/// </summary>
internal sealed class PublicDisclosure(
    IPublicOperatorRegister register,
    ICreditRiskProfile risk,
    ICreditPublicity publicity,
    IPublicCustodyCompliance custody,
    ICardSystemConnections connections,
    IDataFilter dataFilter,
    PortalCache cache)
{
    public const int PageSize = 20;

    /// <summary>The longest search text kept: longer input is cut, so a crafted query cannot fill the cache with huge keys.</summary>
    public const int MaxQueryLength = 50;

    public Task<PublicOperatorPage> SearchAsync(string? text, int page)
    {
        var term = Normalize(text);
        page = Math.Max(page, 1);
        return cache.GetAsync($"search:{page}:{term}", () => register.SearchAsync(term, page, PageSize));
    }

    public Task<OperatorDisclosure?> OperatorAsync(string filingNumber)
    {
        var number = (Normalize(filingNumber) ?? string.Empty).ToUpperInvariant();
        // Unknown numbers are cached too: a misprinted poster is scanned as often as a good one.
        return cache.GetAsync("operator:" + number, () => LoadOperatorAsync(number));
    }

    public Task<ListPage> ListAsync(PortalList list, int page)
    {
        page = Math.Max(page, 1);
        return cache.GetAsync($"list:{list.Slug}:{page}", () => LoadListAsync(list, page));
    }

    public static string? Normalize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > MaxQueryLength ? t[..MaxQueryLength] : text.Trim();

    private async Task<OperatorDisclosure?> LoadOperatorAsync(string number)
    {
        if (number.Length == 0 || await register.FindAsync(number) is not { } filing)
        {
            return null;
        }

        var operatorUserId = filing.Summary.OperatorUserId;
        var profile = await risk.PublicAsync(operatorUserId);
        var records = await publicity.OperatorAsync(operatorUserId);
        var compliance = await custody.FindAsync(operatorUserId);
        CardSystemConnection? connection;
        // A consumer has no district: the connection is read in the operator's, as every other part of the page.
        using (dataFilter.Disable<IMultiTenant>())
        {
            connection = await connections.FindAsync(operatorUserId);
        }

        return new OperatorDisclosure(filing, profile, records, compliance, connection);
    }

    private async Task<ListPage> LoadListAsync(PortalList list, int page)
    {
        if (list.CreditList is not { } creditList)
        {
            var notices = await register.DeregistrationsAsync(page, PageSize);
            return new ListPage([], notices.Items, notices.Total);
        }

        var entries = await publicity.ListAsync(creditList, page, PageSize);
        var filings = await register.ByOperatorsAsync(entries.Items.Select(e => e.OperatorUserId).Distinct().ToList());
        return new ListPage(entries.Items.Select(e => new ListedOperator(e, filings.GetValueOrDefault(e.OperatorUserId))).ToList(), [], entries.Total);
    }
}
