using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Filing.Pages.Filing;

/// <summary>
/// 备案管理 · 备案信息 (备案登记申请 第1步–第3步): the operator fills in every section, saves drafts, submits, and follows
/// the status with its history. After a submit the form turns read-only until the district decides.
/// </summary>
[Authorize(Policy = FilingPermissions.ApplicationsManage)]
internal sealed class InfoModel(
    FilingApplications applications,
    FilingStatusReader statusReader,
    ITenantDirectory tenants,
    IAccountDirectory accounts,
    ICurrentUser currentUser,
    ICustodyAccountSection custody,
    FilingCodeReader filings,
    IRuleProfile rules) : PageModel
{
    [BindProperty]
    public FilingInput Input { get; set; } = new();

    /// <summary>The application being edited; null before the first save.</summary>
    [BindProperty]
    public Guid? ApplicationId { get; set; }

    /// <summary>One key per rendered form: a double-clicked 提交备案 submits once.</summary>
    [BindProperty]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public FilingApplication? Application { get; private set; }

    public OperatorLicence? Licence { get; private set; }

    public IReadOnlyList<TenantInfo> Districts { get; private set; } = [];

    public AccountAdministrator? Contact { get; private set; }

    public FilingStatusView? Status { get; private set; }

    public FilingSummaryView? Summary { get; private set; }

    public RuleFigures Rules { get; private set; } = null!;

    /// <summary>The standing filing once the district approved (备案编号, 备案单位, receipt and code).</summary>
    public FilingCodeView? Filed { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public bool ReadOnly => Application is { IsEditable: false };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Application is not null)
        {
            Input = FilingInputMapper.From(Application);
        }
        else if (Licence is not null)
        {
            // 3. 法人/负责人信息: the name comes from the licence; 所在区域 starts at the registered address's district.
            Input = new FilingInput { LegalRepName = Licence.LegalRepresentative, DistrictCode = Licence.DistrictCode };
        }
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        HandleAsync(() => applications.SaveDraftAsync(ApplicationId, Input, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        HandleAsync(() => applications.SubmitAsync(ApplicationId, Input, IdempotencyKey, cancellationToken), cancellationToken);

    private async Task<IActionResult> HandleAsync(Func<Task<FilingOutcome>> action, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var outcome = await action();
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return RedirectToPage();
        }

        if (outcome.Message == FilingApplications.NotFoundMessage)
        {
            return NotFound();
        }

        ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Application = await applications.MineAsync(cancellationToken);
        ApplicationId = Application?.Id;
        Licence = await applications.LicenceAsync(cancellationToken);
        Districts = (await tenants.ListAsync(cancellationToken)).Where(t => t.IsActive).ToList();
        Contact = currentUser.Id is { } id ? await accounts.FindAdministratorAsync(id, cancellationToken) : null;
        Rules = await rules.GetAsync(cancellationToken);
        Filed = await filings.MineAsync(cancellationToken);
        if (Application is not null)
        {
            Status = await statusReader.ReadAsync(Application, cancellationToken);
            Summary = new FilingSummaryView(Application, Districts.FirstOrDefault(d => d.Code == Application.DistrictCode)?.Name, custody.Read(Application), Licence?.Name);
        }
    }
}
