using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Identity.Application;

/// <summary>
/// Identity's user manager with the lockout on the platform clock (<see cref="IClock"/>): Identity's own
/// lockout reads the machine clock directly, which the 30-minute lockout rule and its tests cannot control.
/// </summary>
internal sealed class PlatformUserManager(
    IUserStore<PlatformUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PlatformUser> passwordHasher,
    IEnumerable<IUserValidator<PlatformUser>> userValidators,
    IEnumerable<IPasswordValidator<PlatformUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PlatformUser>> logger,
    IClock clock)
    : UserManager<PlatformUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<PlatformUser> LockoutStore => (IUserLockoutStore<PlatformUser>)Store;

    public override async Task<bool> IsLockedOutAsync(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }

        var end = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return end >= clock.UtcNow;
    }

    /// <summary>登录: the fifth wrong password locks the account for <see cref="LockoutOptions.DefaultLockoutTimeSpan"/> (30 minutes).</summary>
    public override async Task<IdentityResult> AccessFailedAsync(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await LockoutStore.SetLockoutEndDateAsync(user, clock.UtcNow.Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }
}
