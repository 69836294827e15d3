using System.Globalization;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Application;

/// <summary>A stored application and its custody section back into the form. Protected values stay blank: pages show them masked only.</summary>
internal static class FilingInputMapper
{
    public static FilingInput From(FilingApplication a, CustodyAccountView custody) => new()
    {
        ShopName = a.ShopName,
        IndustryCode = a.IndustryCode,
        DistrictCode = a.DistrictCode,
        StreetCode = a.StreetCode,
        Category = a.Category?.ToString(),
        LegalRepName = a.LegalRepName,
        LegalRepIdType = a.LegalRepIdType?.ToString(),
        PremisesAddress = a.PremisesAddress,
        PremisesOwnership = a.PremisesOwnership?.ToString(),
        LeaseFrom = a.LeaseFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LeaseTo = a.LeaseTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ProductName = a.ProductName,
        NamedCards = a.CardKinds.HasFlag(CardKinds.Named),
        BearerCards = a.CardKinds.HasFlag(CardKinds.Bearer),
        CardsIssued = a.CardsIssued?.ToString(CultureInfo.InvariantCulture),
        PrepaidBalanceWan = FilingDraftParser.FormatWan(a.PrepaidBalanceFen),
        CustodyBankCode = custody.BankCode,
        CustodyBranchName = custody.BranchName,
        Remarks = a.Remarks,
    };
}
