using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>What the city types into an institution's form.</summary>
internal sealed record InstitutionInput(string? Name, string? Uscc, string? BankCode, string? ContactName, string? ContactPhone, InstitutionStatus Status);

/// <summary>A save's result: the institution's id, or the message and the field errors, with nothing changed.</summary>
internal sealed record InstitutionOutcome(Guid? Id, string? Message, IReadOnlyDictionary<string, string> FieldErrors)
{
    public bool Succeeded => Id is not null;

    public static InstitutionOutcome Refused(string message, Dictionary<string, string>? fields = null) => new(null, message, fields ?? []);
}

/// <summary>
/// 存管银行 and 保险机构 (SPEC C2, C4) as the city keeps them, and their machine credentials in the kernel's
/// <see cref="IApiClients"/> under <see cref="CustodyApiOwner.Institution"/>. Custody's APIs ask
/// <see cref="FindActiveByClientAsync"/> who is calling, so a 停用 institution's keys stop working at once without being revoked.
/// </summary>
internal sealed partial class CustodyInstitutions(PlatformDbContext db, IClock clock)
{
    public Task<List<CustodyInstitution>> ListAsync(InstitutionKind kind, CancellationToken cancellationToken) =>
        db.Set<CustodyInstitution>().Where(i => i.Kind == kind).OrderBy(i => i.Name).ToListAsync(cancellationToken);

    public Task<CustodyInstitution?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<CustodyInstitution>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>The institution behind a verified API client, if it is a Custody institution and 启用; null otherwise (the API answers 401/403).</summary>
    public async Task<CustodyInstitution?> FindActiveByClientAsync(ApiClientInfo client, CancellationToken cancellationToken = default)
    {
        if (client.OwnerType != CustodyApiOwner.Institution || client.IsRevoked)
        {
            return null;
        }

        return await db.Set<CustodyInstitution>()
            .FirstOrDefaultAsync(i => i.Id == client.OwnerId && i.Status == InstitutionStatus.Active, cancellationToken);
    }

    /// <summary>Creates (<paramref name="id"/> null) or updates an institution; a refusal changes nothing.</summary>
    public async Task<InstitutionOutcome> SaveAsync(Guid? id, InstitutionKind kind, InstitutionInput input, CancellationToken cancellationToken)
    {
        CustodyInstitution? existing = null;
        if (id is { } existingId)
        {
            existing = await FindAsync(existingId, cancellationToken);
            if (existing is null || existing.Kind != kind)
            {
                return InstitutionOutcome.Refused("未找到该机构，可能已被删除，请返回列表刷新后重试。");
            }
        }

        var name = input.Name?.Trim() ?? string.Empty;
        var uscc = input.Uscc?.Trim().ToUpperInvariant() ?? string.Empty;
        var contactName = input.ContactName?.Trim() ?? string.Empty;
        var contactPhone = input.ContactPhone?.Trim() ?? string.Empty;
        var bankCode = kind == InstitutionKind.Bank ? input.BankCode?.Trim() : null;
        var errors = new Dictionary<string, string>();
        if (name.Length == 0)
        {
            errors["Name"] = "请输入机构名称。";
        }
        else if (name.Length > 64)
        {
            errors["Name"] = "机构名称不能超过64个字。";
        }

        if (UnifiedSocialCreditCode.Validate(uscc) is { } usccError)
        {
            errors["Uscc"] = usccError;
        }
        else if (await db.Set<CustodyInstitution>().AnyAsync(i => i.Kind == kind && i.Uscc == uscc && i.Id != id, cancellationToken))
        {
            errors["Uscc"] = $"该统一社会信用代码的{KindLabel(kind)}已登记，请勿重复添加。";
        }

        if (kind == InstitutionKind.Bank)
        {
            if (CustodyBanks.Find(bankCode) is null)
            {
                errors["BankCode"] = "请从列表中选择银行。";
            }

            // One institution per bank code: the bank's keys reach exactly the accounts filings opened with that bank.
            else if (await db.Set<CustodyInstitution>().AnyAsync(i => i.Kind == kind && i.BankCode == bankCode && i.Id != id, cancellationToken))
            {
                errors["BankCode"] = $"{CustodyBanks.Find(bankCode)!.Name}已登记为存管银行，每家银行只能登记一次。";
            }
        }

        if (contactName.Length == 0)
        {
            errors["ContactName"] = "请输入联系人。";
        }
        else if (contactName.Length > 32)
        {
            errors["ContactName"] = "联系人不能超过32个字。";
        }

        if (!PhonePattern().IsMatch(contactPhone))
        {
            errors["ContactPhone"] = "联系电话应为手机号码或固定电话（数字，可含“-”），7至20位。";
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors["Status"] = "请选择状态。";
        }

        if (errors.Count > 0)
        {
            return InstitutionOutcome.Refused("请按提示修改后重新保存。", errors);
        }

        var institution = existing ?? new CustodyInstitution(Guid.NewGuid(), kind, name, uscc, bankCode, contactName, contactPhone, clock.UtcNow.UtcDateTime);
        if (existing is null)
        {
            db.Add(institution);
        }
        else
        {
            existing.Update(name, uscc, bankCode, contactName, contactPhone);
        }

        institution.SetStatus(input.Status);
        await db.SaveChangesAsync(cancellationToken);
        return new InstitutionOutcome(institution.Id, $"已保存{KindLabel(kind)}“{name}”。", new Dictionary<string, string>());
    }

    public static string KindLabel(InstitutionKind kind) => kind == InstitutionKind.Bank ? "存管银行" : "保险机构";

    [GeneratedRegex("^[0-9][0-9-]{5,18}[0-9]$")]
    private static partial Regex PhonePattern();
}
