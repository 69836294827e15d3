using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>What saving a department ended in: its id, or the message and the field errors with nothing saved.</summary>
internal sealed record DepartmentOutcome(Guid? Id, string? Message, IReadOnlyDictionary<string, string> FieldErrors)
{
    public bool Succeeded => Id is not null;
}

/// <summary>The city's 执法部门 list (线索告知): added, renamed and 启用/停用 by the city; the districts refer to the 启用 ones.</summary>
internal sealed class EnforcementDepartments(PlatformDbContext db, IClock clock)
{
    public const string NotFoundMessage = "未找到该执法部门，请返回列表刷新后重试。";

    public Task<List<EnforcementDepartment>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<EnforcementDepartment>().AsNoTracking().OrderByDescending(d => d.IsActive).ThenBy(d => d.Name).ToListAsync(cancellationToken);

    public Task<List<EnforcementDepartment>> ActiveAsync(CancellationToken cancellationToken) =>
        db.Set<EnforcementDepartment>().AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).ToListAsync(cancellationToken);

    public Task<EnforcementDepartment?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<EnforcementDepartment>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>Adds (<paramref name="id"/> null) or edits a department; a refusal saves nothing.</summary>
    public async Task<DepartmentOutcome> SaveAsync(Guid? id, string? name, string? contact, bool isActive, CancellationToken cancellationToken)
    {
        EnforcementDepartment? existing = null;
        if (id is { } existingId && (existing = await db.Set<EnforcementDepartment>().FirstOrDefaultAsync(d => d.Id == existingId, cancellationToken)) is null)
        {
            return new DepartmentOutcome(null, NotFoundMessage, new Dictionary<string, string>());
        }

        name = name?.Trim() ?? string.Empty;
        contact = contact?.Trim() ?? string.Empty;
        var errors = new Dictionary<string, string>();
        if (name.Length == 0 || name.Length > EnforcementDepartment.NameMaxLength)
        {
            errors["Name"] = $"请填写部门名称（最多 {EnforcementDepartment.NameMaxLength} 字）。";
        }
        else if (await db.Set<EnforcementDepartment>().AnyAsync(d => d.Name == name && d.Id != id, cancellationToken))
        {
            errors["Name"] = $"执法部门“{name}”已登记，请勿重复添加。";
        }

        if (contact.Length == 0 || contact.Length > EnforcementDepartment.ContactMaxLength)
        {
            errors["Contact"] = $"请填写联系方式（最多 {EnforcementDepartment.ContactMaxLength} 字）。";
        }

        if (errors.Count > 0)
        {
            return new DepartmentOutcome(null, "请按提示修改后重新保存。", errors);
        }

        var department = existing ?? new EnforcementDepartment(Guid.NewGuid(), name, contact, clock.UtcNow.UtcDateTime);
        if (existing is null)
        {
            db.Add(department);
        }

        department.Update(name, contact, isActive);
        await db.SaveChangesAsync(cancellationToken);
        return new DepartmentOutcome(department.Id, $"已保存执法部门“{name}”（{(isActive ? "启用" : "停用")}）。", new Dictionary<string, string>());
    }
}
