using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>投诉登记 (city): a complaint about an institution, counted in the yearly evaluation of its date's year.</summary>
internal sealed class CustodyComplaints(PlatformDbContext db, IClock clock, ICurrentUser currentUser)
{
    /// <summary>Null when stored, else the Chinese reason; a refusal stores nothing.</summary>
    public async Task<string?> AddAsync(Guid institutionId, DateOnly? receivedOn, string? summary, CancellationToken cancellationToken)
    {
        var text = summary?.Trim() ?? string.Empty;
        if (!await db.Set<CustodyInstitution>().AnyAsync(i => i.Id == institutionId, cancellationToken))
        {
            return "请选择被投诉的机构。";
        }

        if (receivedOn is not { } day)
        {
            return "请选择投诉日期。";
        }

        if (day > clock.TodayInShanghai)
        {
            return "投诉日期不能晚于今天。";
        }

        if (text.Length == 0 || text.Length > CustodyComplaint.SummaryMaxLength)
        {
            return $"请填写投诉摘要（1至{CustodyComplaint.SummaryMaxLength}字）。";
        }

        db.Add(new CustodyComplaint(Guid.NewGuid(), institutionId, day, text, currentUser.UserName ?? string.Empty, clock.UtcNow.UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
