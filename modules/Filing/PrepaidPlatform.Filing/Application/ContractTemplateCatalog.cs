using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Uploads;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// 合同管理 · 合同模板 (F10): the city publishes model contracts (示范合同), withdraws them (撤回) and publishes them
/// again; operators list and download the published ones. A file is checked by content and size before it reaches
/// the file store, and a store write whose row is not saved is deleted again, so a refusal leaves nothing behind.
/// </summary>
internal sealed class ContractTemplateCatalog(PlatformDbContext db, IFileStore store, IClock clock)
{
    public const string StoreCategory = "contract-template";

    /// <summary>One upload post: the file at its limit plus the form.</summary>
    public const long MaxRequestBytes = ContractTemplateFileCheck.MaxBytes + (1024 * 1024);

    internal const string NotFoundMessage = "未找到该合同模板。";

    /// <summary>Every template, newest first (the city's list); <paramref name="publishedOnly"/> for operators.</summary>
    public async Task<IReadOnlyList<ContractTemplate>> ListAsync(bool publishedOnly, CancellationToken cancellationToken)
    {
        var query = db.Set<ContractTemplate>().AsNoTracking();
        if (publishedOnly)
        {
            query = query.Where(t => t.Status == ContractTemplateStatus.Published);
        }

        return await query.OrderByDescending(t => t.PublishedAtUtc).ThenBy(t => t.Title).ToListAsync(cancellationToken);
    }

    /// <summary>发布: checks the title, industry and file, stores the file and publishes the template at once.</summary>
    public async Task<FilingOutcome> PublishAsync(string? title, string? industryCode, UploadedFile? file, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var cleanTitle = title?.Trim() ?? string.Empty;
        if (cleanTitle.Length == 0)
        {
            errors["Title"] = "请填写合同模板标题，如“北京市预付卡示范合同（健身行业）”。";
        }
        else if (cleanTitle.Length > ContractTemplate.TitleMaxLength)
        {
            errors["Title"] = $"合同模板标题不能超过{ContractTemplate.TitleMaxLength}个字。";
        }
        else if (await PublishedTitleExistsAsync(cleanTitle, null, cancellationToken))
        {
            errors["Title"] = SameTitleMessage;
        }

        var industry = string.IsNullOrWhiteSpace(industryCode) ? null : industryCode.Trim();
        if (industry is not null && !TemplateIndustries.IsKnown(industry))
        {
            errors["IndustryCode"] = "请从列表中选择适用行业（或选择“通用”）。";
        }

        AcceptedTemplateFile? accepted = null;
        if (file is null)
        {
            errors["File"] = $"请选择{ContractTemplateFileCheck.Name}（PDF或Word .docx格式，不超过{UploadLimits.Describe(ContractTemplateFileCheck.MaxBytes)}）。";
        }
        else
        {
            await using var stream = file.Open();
            var checkedFile = await ContractTemplateFileCheck.CheckAsync(stream, cancellationToken);
            if (checkedFile.Accepted is null)
            {
                errors["File"] = checkedFile.Error!;
            }

            accepted = checkedFile.Accepted;
        }

        if (errors.Count > 0)
        {
            return FilingOutcome.Refuse(errors);
        }

        StoredFile saved;
        using (var body = accepted!.Upload.OpenRead())
        {
            saved = await store.SaveAsync(StoreCategory, body, cancellationToken);
        }

        try
        {
            db.Add(new ContractTemplate(Guid.NewGuid(), cleanTitle, industry, saved.Key, DisplayName(file!.FileName), accepted.Format,
                saved.Length, saved.Sha256, clock.UtcNow.UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The row did not make it: the file must not stay behind without one.
            await store.DeleteAsync(saved.Key, CancellationToken.None);
            throw;
        }

        return new FilingOutcome(true, $"合同模板“{cleanTitle}”已发布，经营者可在“合同模板”中下载。", new Dictionary<string, string>());
    }

    /// <summary>撤回: operators no longer see the template; the file is kept (contracts may have been based on it).</summary>
    public async Task<FilingOutcome> WithdrawAsync(Guid id, CancellationToken cancellationToken)
    {
        var template = await db.Set<ContractTemplate>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return FilingOutcome.Refuse(NotFoundMessage);
        }

        if (!template.Withdraw(clock.UtcNow.UtcDateTime))
        {
            return FilingOutcome.Refuse("该合同模板已撤回。");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new FilingOutcome(true, $"合同模板“{template.Title}”已撤回，经营者将不再看到该模板。", new Dictionary<string, string>());
    }

    /// <summary>重新发布 a withdrawn template, with a new 发布日期.</summary>
    public async Task<FilingOutcome> RepublishAsync(Guid id, CancellationToken cancellationToken)
    {
        var template = await db.Set<ContractTemplate>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return FilingOutcome.Refuse(NotFoundMessage);
        }

        if (template.IsPublished)
        {
            return FilingOutcome.Refuse("该合同模板已处于发布状态。");
        }

        if (await PublishedTitleExistsAsync(template.Title, template.Id, cancellationToken))
        {
            return FilingOutcome.Refuse(SameTitleMessage);
        }

        template.Republish(clock.UtcNow.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new FilingOutcome(true, $"合同模板“{template.Title}”已重新发布。", new Dictionary<string, string>());
    }

    /// <summary>A template with its file for download, or null (unknown id, withdrawn for operators, file missing).</summary>
    public async Task<(ContractTemplate Template, Stream Content)?> OpenAsync(Guid id, bool publishedOnly, CancellationToken cancellationToken)
    {
        var template = await db.Set<ContractTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null || (publishedOnly && !template.IsPublished))
        {
            return null;
        }

        var content = await store.OpenReadAsync(template.StoreKey, cancellationToken);
        return content is null ? null : (template, content);
    }

    /// <summary>The download name: the title (characters no file system accepts replaced) and the extension of the content.</summary>
    public static string DownloadName(ContractTemplate template)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var name = new string(template.Title.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        return name + template.Extension;
    }

    /// <summary>Two published templates under one title would leave operators guessing which is in force.</summary>
    private const string SameTitleMessage = "已有同名的已发布合同模板：请先撤回旧版本，或修改标题（如注明版本）。";

    private Task<bool> PublishedTitleExistsAsync(string title, Guid? except, CancellationToken cancellationToken) =>
        db.Set<ContractTemplate>().AnyAsync(t => t.Status == ContractTemplateStatus.Published && t.Title == title && (except == null || t.Id != except.Value), cancellationToken);

    /// <summary>The city's file name for display: no path, at most 128 characters.</summary>
    private static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = string.IsNullOrWhiteSpace(name) ? "未命名文件" : name.Trim();
        return name.Length <= 128 ? name : name[^128..];
    }
}
