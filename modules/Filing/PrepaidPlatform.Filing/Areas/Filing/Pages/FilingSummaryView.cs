using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>What the read-only summary of an application shows: the row with its names looked up, numbers masked.</summary>
internal sealed record FilingSummaryView(FilingApplication Application, string? DistrictName, CustodyAccountView Custody, string? OperatorName);
