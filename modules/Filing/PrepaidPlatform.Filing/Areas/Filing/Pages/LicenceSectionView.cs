using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>2. 证照信息 as a page shows it: the licence, whether it has a 证照图片, and whether 更新证照 is offered (the form only).</summary>
internal sealed record LicenceSectionView(OperatorLicence Licence, bool HasImage, bool CanUpdate)
{
    public string ImageUrl => $"/Filing/Licences/{Licence.Id}/Image";
}
