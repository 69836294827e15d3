using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>
/// 注册 · 一、使用电子营业执照进行证照验证: once the legal representative confirmed in the licence app, the licence is
/// stored in the district of its registered address (replacing an earlier verification of the same USCC).
/// </summary>
internal sealed class LicenceOnboarding(
    IBusinessLicenceVerifier verifier,
    PlatformDbContext db,
    ITenantDirectory tenants,
    ICurrentTenant currentTenant,
    IDataFilter dataFilter,
    IAccountDirectory accounts,
    FilingSearchEntries searchEntries,
    FilingCodeCache codeCache,
    PublicViewStore publicViews,
    IClock clock,
    ILogger<LicenceOnboarding> logger)
{
    internal sealed record Outcome(LicenceChallengeState State, string? Message, Guid? LicenceId = null, bool AlreadyRegistered = false);

    public string VerifierName => verifier.DisplayName;

    public Task<LicenceChallenge> StartAsync(CancellationToken cancellationToken) => verifier.CreateChallengeAsync(cancellationToken);

    /// <summary>备案信息变更 · 提示(2): 当经营主体社会统一信用代码发生变化时，需重新注册.</summary>
    internal const string NewUsccMessage = "扫码确认的营业执照统一社会信用代码与本账号不一致。当经营主体统一社会信用代码发生变化时，不能通过更新证照或变更备案办理，需以新主体重新注册并申请备案。";

    /// <param name="signedInUscc">The USCC of the signed-in operator updating its licence (更新证照); null during registration.</param>
    public async Task<Outcome> CompleteAsync(string challengeId, string? signedInUscc, CancellationToken cancellationToken)
    {
        var status = await verifier.GetStatusAsync(challengeId, cancellationToken);
        if (status.State != LicenceChallengeState.Confirmed || status.Licence is not { } licence)
        {
            return new Outcome(status.State, status.Message ?? "证照验证未完成。");
        }

        // The verifier is the authority on the licence; the check character only guards against a garbled transfer.
        if (UnifiedSocialCreditCode.Validate(licence.Uscc) is { } invalid)
        {
            return new Outcome(LicenceChallengeState.Refused, invalid);
        }

        if (signedInUscc is not null && !string.Equals(signedInUscc, licence.Uscc, StringComparison.OrdinalIgnoreCase))
        {
            return new Outcome(LicenceChallengeState.Refused, NewUsccMessage);
        }

        var district = await tenants.FindByCodeAsync(licence.DistrictCode, cancellationToken);
        if (district is null || !district.IsActive)
        {
            return new Outcome(LicenceChallengeState.Refused, "营业执照的注册地址不在本市各区受理范围内，无法在本系统注册。");
        }

        var id = await StoreAsync(licence, status.Image, district.Id, cancellationToken);
        var taken = await accounts.IsUserNameTakenAsync(licence.Uscc, cancellationToken);
        return new Outcome(LicenceChallengeState.Confirmed, taken ? "账号已经被注册。" : null, id, taken);
    }

    /// <summary>The stored licence, read in its own district (the caller is not signed in yet).</summary>
    public async Task<OperatorLicence?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        using var unfiltered = dataFilter.Disable<IMultiTenant>();
        return await db.Set<OperatorLicence>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
    }

    private async Task<Guid> StoreAsync(BusinessLicence licence, BusinessLicenceImage? image, Guid districtId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow.UtcDateTime;
        OperatorLicence? existing;
        using (dataFilter.Disable<IMultiTenant>())
        {
            existing = await db.Set<OperatorLicence>().FirstOrDefaultAsync(l => l.Uscc == licence.Uscc, cancellationToken);
        }

        if (existing is not null && existing.TenantId != districtId)
        {
            // A moved registered address is a change of district: that goes through change filing (F7), not sign-up.
            throw new InvalidOperationException("该主体已在其他区登记，注册地址变更请通过变更备案办理。");
        }

        using (currentTenant.Change(districtId))
        {
            if (existing is null)
            {
                existing = new OperatorLicence(Guid.NewGuid(), districtId, licence, verifier.DisplayName, now);
                db.Add(existing);
            }
            else
            {
                // 更新证照 with another 企业名称: the portal's search finds the operator's filings by the new one.
                if (!string.Equals(existing.Name, licence.Name, StringComparison.Ordinal))
                {
                    await searchEntries.LicenceRenamedAsync(licence.Uscc, licence.Name, cancellationToken);
                }

                existing.Apply(licence, verifier.DisplayName, now);
            }

            await StageImageAsync(existing, image, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            // 更新证照 publishes no event: the filing-code page shows the licence's name, representative and term, the
            // portal's page its name. The stored views of the filings under this USCC go stale after the save.
            List<Guid> holders;
            using (dataFilter.Disable<IMultiTenant>())
            {
                holders = await db.Set<OperatorFiling>().Where(f => f.Uscc == licence.Uscc).Select(f => f.OperatorUserId).Distinct().ToListAsync(cancellationToken);
            }

            await publicViews.InvalidateAsync(holders, cancellationToken);
            codeCache.Invalidate();
        }

        return existing.Id;
    }

    /// <summary>
    /// 证照图片 goes with the licence it shows: replaced on every verification, and removed when the service sent none or
    /// an unusable one (an image of the earlier licence would contradict the data beside it). Not PNG or JPEG, or beyond
    /// <see cref="OperatorLicenceImage.MaxBytes"/>: the licence is kept without it and the refusal logged.
    /// </summary>
    private async Task StageImageAsync(OperatorLicence licence, BusinessLicenceImage? image, DateTime now, CancellationToken cancellationToken)
    {
        var stored = await db.Set<OperatorLicenceImage>().FirstOrDefaultAsync(i => i.LicenceId == licence.Id, cancellationToken);
        var contentType = OperatorLicenceImage.ContentTypeOf(image);
        if (image is not null && contentType is null)
        {
            logger.LogWarning("证照图片未保存：{Verifier} 返回的图片不是 PNG/JPEG 或超过 {Max} 字节（{Length} 字节）。", verifier.DisplayName,
                OperatorLicenceImage.MaxBytes, image.Content.Length);
        }

        if (contentType is null)
        {
            if (stored is not null)
            {
                db.Remove(stored);
            }
        }
        else if (stored is null)
        {
            db.Add(new OperatorLicenceImage(licence.Id, licence.TenantId!.Value, image!.Content, contentType, now));
        }
        else
        {
            stored.Replace(image!.Content, contentType, now);
        }
    }
}
