using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Contracts;

/// <summary>
/// 合同管理 · 已签合同 (operator): the 预付卡合同 on file with the own filing applications (申请单编号, status, 上传日期),
/// each downloadable by the operator that uploaded it and nobody else.
/// </summary>
[Authorize(Policy = FilingPermissions.ApplicationsManage)]
internal sealed class SignedModel(SignedContracts contracts, IClock clock) : PageModel
{
    public const string PageUrl = "/Filing/Contracts/Signed";

    public IReadOnlyList<SignedContractRow> Contracts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Contracts = await contracts.MineAsync(cancellationToken);

    /// <summary>A forged id (another operator's, another district's, not a contract) is not found.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await contracts.OpenAsync(id, cancellationToken);
        return found is { } f ? File(f.Content, f.ContentType, f.Row.FileName) : NotFound();
    }

    public string Date(DateTime utc) => clock.FormatDate(utc);
}
