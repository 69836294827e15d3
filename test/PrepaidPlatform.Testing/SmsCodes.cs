using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>Reads the verification code a phone last received from the SMS queue, as a person would from the phone.</summary>
public static partial class SmsCodes
{
    public static Task<string> LatestCodeAsync(this PlatformFactory factory, string phone) =>
        factory.InScopeAsync(async sp =>
        {
            var hash = sp.GetRequiredService<IPersonalDataProtector>().PhoneHash(phone);
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                // The Notifications module's entities are internal to it: plain SQL on its queue table.
                command.CommandText = "SELECT Text FROM Notify_SmsMessages WHERE PhoneHash = @hash AND TemplateKey = 'verification.code' ORDER BY CreatedAtUtc DESC LIMIT 1";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@hash";
                parameter.Value = hash;
                command.Parameters.Add(parameter);
                var text = await command.ExecuteScalarAsync() as string;
                text.ShouldNotBeNull($"no verification code was sent to {phone}");
                return Code().Match(text).Value;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex Code();
}
