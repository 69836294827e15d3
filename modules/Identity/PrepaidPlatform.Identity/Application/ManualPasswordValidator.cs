using Microsoft.AspNetCore.Identity;
using PrepaidPlatform.Identity.Domain;

namespace PrepaidPlatform.Identity.Application;

/// <summary>注册 · 密码 (manual): 8–16 characters; the special character must be one of !@#$%^&amp;*.</summary>
internal sealed class ManualPasswordValidator : IPasswordValidator<PlatformUser>
{
    private const string Specials = "!@#$%^&*";

    public Task<IdentityResult> ValidateAsync(UserManager<PlatformUser> manager, PlatformUser user, string? password)
    {
        password ??= string.Empty;
        var errors = new List<IdentityError>();
        if (password.Length > 16)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = "密码长度须为8-16位。" });
        }

        if (!password.Any(Specials.Contains))
        {
            errors.Add(new IdentityError { Code = "PasswordSpecial", Description = "密码须包含特殊字符（!@#$%^&*）之一。" });
        }

        if (password.Any(c => !char.IsAsciiLetterOrDigit(c) && !Specials.Contains(c)))
        {
            errors.Add(new IdentityError { Code = "PasswordCharacters", Description = "密码只能由数字、大小写字母及特殊字符（!@#$%^&*）组成。" });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
