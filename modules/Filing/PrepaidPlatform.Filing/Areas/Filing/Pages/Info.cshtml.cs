using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Uploads;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>
/// 备案管理 · 备案信息 (备案登记申请 第1步–第3步): the operator fills in every section, saves drafts, submits, and follows
/// the status with its history. After a submit the form turns read-only until the district decides.
/// </summary>
[Authorize(Policy = FilingPermissions.ApplicationsManage)]
[RequestSizeLimit(FilingUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = FilingUploads.MaxRequestBytes)]
internal sealed class InfoModel(
    FilingApplications applications,
    FilingStatusReader statusReader,
    ITenantDirectory tenants,
    IAccountDirectory accounts,
    ICurrentUser currentUser,
    ICustodyAccounts custody,
    FilingCodeReader filings,
    FilingUploads uploads,
    IFileStore files,
    IRuleProfile rules,
    LicenceImages licenceImages) : PageModel
{
    [BindProperty]
    public FilingInput Input { get; set; } = new();

    /// <summary>The files chosen in this post (兑付场所信息, 分公司信息, 预付卡合同, 存管账户证明文件, 承诺书, 其它材料).</summary>
    [BindProperty]
    public FilingUploadInput UploadFiles { get; set; } = new();

    /// <summary>What the application already holds, by kind.</summary>
    public IReadOnlyDictionary<AttachmentKind, FilingAttachment> Attachments { get; private set; } = new Dictionary<AttachmentKind, FilingAttachment>();

    /// <summary>The uploads this post refused, with their error reports.</summary>
    public IReadOnlyList<UploadRefusal> UploadRefusals { get; private set; } = [];

    /// <summary>The application being edited; null before the first save.</summary>
    [BindProperty]
    public Guid? ApplicationId { get; set; }

    /// <summary>One key per rendered form: a double-clicked 提交备案 submits once.</summary>
    [BindProperty]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public FilingApplication? Application { get; private set; }

    public OperatorLicence? Licence { get; private set; }

    /// <summary>Whether 证照信息 has a 证照图片 to show.</summary>
    public bool LicenceHasImage { get; private set; }

    public IReadOnlyList<TenantInfo> Districts { get; private set; } = [];

    public AccountAdministrator? Contact { get; private set; }

    public FilingStatusView? Status { get; private set; }

    public FilingSummaryView? Summary { get; private set; }

    /// <summary>7. 专用存管账户 as stored (number masked); empty before the first save.</summary>
    public CustodyAccountView Custody { get; private set; } = CustodyAccountView.Empty;

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
            Input = FilingInputMapper.From(Application, Custody);
        }
        else if (Licence is not null)
        {
            // 3. 法人/负责人信息: the name comes from the licence; 所在区域 starts at the registered address's district.
            Input = new FilingInput { LegalRepName = Licence.LegalRepresentative, DistrictCode = Licence.DistrictCode };
        }
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        HandleAsync(() => applications.SaveDraftAsync(ApplicationId, Input, UploadFiles.Files(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        HandleAsync(() => applications.SubmitAsync(ApplicationId, Input, UploadFiles.Files(), IdempotencyKey, cancellationToken), cancellationToken);

    /// <summary>变更备案信息: opens a change of the standing filing, prefilled from the data on file.</summary>
    public async Task<IActionResult> OnPostStartChangeAsync([FromServices] FilingChanges changes, CancellationToken cancellationToken)
    {
        var outcome = await changes.StartAsync(cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, outcome.Message!);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        Notice = outcome.Message;
        return RedirectToPage();
    }

    /// <summary>
    /// 下载模板 of 兑付场所信息 / 分公司信息 (Excel, with the dictionaries of districts and streets), and the fill-in templates
    /// 承诺书 / 存管账户证明 (PDF, or Word with <paramref name="format"/> docx) prefilled for the signed-in operator.
    /// </summary>
    public async Task<IActionResult> OnGetTemplateAsync(AttachmentKind kind, string? format, [FromServices] FilingTemplates templates,
        [FromServices] Documents.FillInTemplatePdf pdf, CancellationToken cancellationToken)
    {
        if (FilingTemplates.Has(kind))
        {
            if (await templates.BuildAsync(kind, cancellationToken) is not { } template)
            {
                return NotFound();
            }

            return string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase)
                ? File(Documents.FillInTemplateDocx.Write(template), Documents.FillInTemplateDocx.ContentType, template.FileName + ".docx")
                : File(pdf.Render(template), "application/pdf", template.FileName + ".pdf");
        }

        var addresses = AddressDictionary.From(await tenants.ListAsync(cancellationToken));
        return kind switch
        {
            AttachmentKind.RedemptionSites => File(RedemptionSiteSheet.Template(addresses), ExcelType, RedemptionSiteSheet.Spec.TemplateFileName),
            AttachmentKind.Branches => File(BranchSheet.Template(addresses), ExcelType, BranchSheet.Spec.TemplateFileName),
            _ => NotFound(),
        };
    }

    /// <summary>An uploaded file of the operator's own application (the district filter and the account narrow it).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(AttachmentKind kind, CancellationToken cancellationToken)
    {
        var application = await applications.MineAsync(cancellationToken);
        var attachment = application is null ? null : (await uploads.OfAsync(application.Id, cancellationToken)).FirstOrDefault(a => a.Kind == kind);
        var content = attachment is null ? null : await files.OpenReadAsync(attachment.StoreKey, cancellationToken);
        return content is null ? NotFound() : File(content, attachment!.ContentType, attachment.FileName);
    }

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
        UploadRefusals = outcome.UploadRefusals ?? [];
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Application = await applications.MineAsync(cancellationToken);
        ApplicationId = Application?.Id;
        Licence = await applications.LicenceAsync(cancellationToken);
        LicenceHasImage = Licence is not null && await licenceImages.ExistsAsync(Licence.Id, cancellationToken);
        Districts = (await tenants.ListAsync(cancellationToken)).Where(t => t.IsActive).ToList();
        Contact = currentUser.Id is { } id ? await accounts.FindAdministratorAsync(id, cancellationToken) : null;
        Rules = await rules.GetAsync(cancellationToken);
        Filed = await filings.MineAsync(cancellationToken);
        if (Application is not null)
        {
            Status = await statusReader.ReadAsync(Application, cancellationToken);
            Attachments = (await uploads.OfAsync(Application.Id, cancellationToken)).ToDictionary(a => a.Kind);
            Custody = await custody.ReadAsync(Application.Id, cancellationToken);
            Summary = new FilingSummaryView(Application, Districts.FirstOrDefault(d => d.Code == Application.DistrictCode)?.Name, Custody, Licence?.Name)
            {
                Licence = Licence is null ? null : new LicenceSectionView(Licence, LicenceHasImage, CanUpdate: false),
            };
        }
    }

    /// <summary>The message under an upload field: this post's refusal, else the submit rule's (上传 required).</summary>
    public string? UploadError(AttachmentKind kind) =>
        UploadRefusals.FirstOrDefault(r => r.Kind == kind)?.Message
        ?? (ModelState.TryGetValue("Input." + FilingUploads.FieldOf(kind), out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null);

    public UploadFieldView UploadField(AttachmentKind kind, bool required, string accept, string hint) =>
        new(kind, FilingUploads.Names[kind], required, accept, hint, kind is AttachmentKind.RedemptionSites or AttachmentKind.Branches || FilingTemplates.Has(kind),
            Attachments.GetValueOrDefault(kind), UploadError(kind), UploadRefusals.FirstOrDefault(r => r.Kind == kind));

    private const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
