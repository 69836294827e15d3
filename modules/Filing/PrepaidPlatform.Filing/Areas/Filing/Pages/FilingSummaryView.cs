using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>What the read-only summary of an application shows: the row with its names looked up, numbers masked.</summary>
internal sealed record FilingSummaryView(FilingApplication Application, string? DistrictName, CustodyAccountView Custody, string? OperatorName)
{
    /// <summary>2. 证照信息 with its 证照图片, after 基本信息 as in the manual; null when the reader cannot see the licence.</summary>
    public LicenceSectionView? Licence { get; init; }
}
