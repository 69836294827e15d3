using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting;

namespace PrepaidPlatform.Portal.Application;

/// <summary>
/// An operator's public page: its filing, risk code with public reasons, list entries, custody outcome and connection —
/// exactly the fields the page prints, nothing more, since it is also stored (<see cref="PublicView"/>): no account id, no
/// record's type or reference, no connection's last day.
/// </summary>
internal sealed record OperatorDisclosure(
    string FilingNumber,
    string Name,
    string? ShopName,
    string Uscc,
    string District,
    string? IndustryName,
    DateOnly FiledOn,
    PublicFilingStatus Status,
    string? BusinessAddress,
    string? SuspensionReason,
    DateTime? DeregisteredAtUtc,
    string RiskColour,
    IReadOnlyList<PublicIntelligence> Intelligence,
    IReadOnlyList<DisclosedRecord> Records,
    PublicCustodyStatus Custody,
    string? CardSystemName,
    IReadOnlyList<DisclosedNotice> Deregistrations)
{
    public static OperatorDisclosure From(
        PublicOperatorFiling filing, PublicRiskProfile risk, IReadOnlyList<PublicCreditEntry> records, PublicCustodyStatus custody, CardSystemConnection? connection)
    {
        var o = filing.Summary;
        return new OperatorDisclosure(
            o.FilingNumber, o.Name, o.ShopName, o.Uscc, o.District, o.IndustryName, o.FiledOn, o.Status, filing.BusinessAddress, filing.SuspensionReason,
            filing.DeregisteredAtUtc, risk.Colour, risk.Intelligence,
            records.Select(r => new DisclosedRecord(r.List, r.OccurredOn, r.Source, r.EndsOn)).ToList(),
            custody,
            connection?.CardSystemName,
            filing.Deregistrations.Select(n => new DisclosedNotice(n.Done, n.IssuanceStoppedOn, n.NoticeEndsOn, n.DeregisteredAtUtc)).ToList());
    }
}

/// <summary>A published list entry as the operator's page prints it.</summary>
internal sealed record DisclosedRecord(PublicCreditList List, DateOnly OccurredOn, string Source, DateOnly? EndsOn);

/// <summary>A 注销公示 as the operator's page prints it.</summary>
internal sealed record DisclosedNotice(bool Done, DateOnly IssuanceStoppedOn, DateOnly? NoticeEndsOn, DateTime? DeregisteredAtUtc);

/// <summary>A credit list's entry with the filing it belongs to (null when the operator's filing is not found).</summary>
internal sealed record ListedOperator(PublicCreditEntry Entry, PublicOperatorSummary? Filing);

/// <summary>One page of a portal list: credit entries or 注销 notices.</summary>
internal sealed record ListPage(IReadOnlyList<ListedOperator> Listed, IReadOnlyList<PublicDeregistrationNotice> Notices, int Total);

/// <summary>
/// Composes the portal's answers from the modules' public contracts, each answer cached by <see cref="PortalCache"/>; an
/// operator's page is also stored (<see cref="PublicViewStore"/>, kind <see cref="OperatorViewKind"/>), so a scan of a
/// number the instance has not cached costs one look-up instead of the five contracts' reads.
/// Only what the contracts call public reaches a page; this class adds nothing of its own.
/// </summary>
internal sealed class PublicDisclosure(
    IPublicOperatorRegister register,
    ICreditRiskProfile risk,
    ICreditPublicity publicity,
    IPublicCustodyCompliance custody,
    ICardSystemConnections connections,
    IDataFilter dataFilter,
    PortalCache cache,
    PublicViewStore views)
{
    /// <summary>The operator page's kind of <see cref="PublicView"/>.</summary>
    public const string OperatorViewKind = "gongshi-operator";

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

    private Task<OperatorDisclosure?> LoadOperatorAsync(string number) =>
        number.Length == 0
            ? Task.FromResult<OperatorDisclosure?>(null)
            : views.GetAsync(OperatorViewKind, number, () => LiveOperatorAsync(number), PortalViewJson.Stored.OperatorDisclosure, CancellationToken.None);

    /// <summary>The operator's page from the contracts: its filing, risk profile, records, custody and connection.</summary>
    public async Task<(Guid OperatorUserId, OperatorDisclosure View)?> LiveOperatorAsync(string number)
    {
        if (await register.FindAsync(number) is not { } filing)
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

        return (operatorUserId, OperatorDisclosure.From(filing, profile, records, compliance, connection));
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

/// <summary>The stored form of <see cref="OperatorDisclosure"/> (<see cref="PublicView.Payload"/>), without reflection.</summary>
[JsonSerializable(typeof(OperatorDisclosure))]
internal sealed partial class PortalViewJson : JsonSerializerContext
{
    public static PortalViewJson Stored { get; } = new(PublicViewStore.PayloadOptions());
}

/// <summary>The operator pages' stored views: every filing's number, from Filing's register.</summary>
internal sealed class OperatorViewSource(IPublicOperatorRegister register, PublicDisclosure disclosure, PublicViewStore views) : IPublicViewSource
{
    public string Kind => PublicDisclosure.OperatorViewKind;

    public Task<IReadOnlyList<string>> KeysAfterAsync(string? after, int count, CancellationToken cancellationToken) =>
        register.NumbersAfterAsync(after, count, cancellationToken);

    public Task<int> BuildAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        views.BuildAsync(Kind, keys, disclosure.LiveOperatorAsync, PortalViewJson.Stored.OperatorDisclosure, cancellationToken);
}
