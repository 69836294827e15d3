using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Licences;

/// <summary>
/// 证照图片 of one licence, for the 证照信息 of the operator's form, the district's review and the read-only view. Who may
/// see which is <see cref="LicenceImages"/>' call; whatever is not theirs answers 404, as if there were none.
/// </summary>
[Authorize]
internal sealed class ImageModel(LicenceImages images) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await images.ReadAsync(id, cancellationToken) is not { } image)
        {
            return NotFound();
        }

        // Personal data of the operator: kept by the browser for this user only.
        Response.Headers.CacheControl = "private, max-age=300";
        return File(image.Content, image.ContentType);
    }
}
