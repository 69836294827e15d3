using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>A demo account's id and district.</summary>
public sealed record DemoUser(Guid Id, Guid? TenantId);

public static class DemoUsers
{
    /// <summary>Reads a demo account from the Identity tables (the module's entities are internal to it, so plain SQL).</summary>
    public static Task<DemoUser> UserAsync(this PlatformFactory factory, string userName) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "SELECT Id, TenantId FROM Identity_Users WHERE NormalizedUserName = @name";
                var name = command.CreateParameter();
                name.ParameterName = "@name";
                name.Value = userName.ToUpperInvariant();
                command.Parameters.Add(name);
                await using var reader = await command.ExecuteReaderAsync();
                reader.Read().ShouldBeTrue($"no user {userName}");
                return new DemoUser(Guid.Parse(reader.GetValue(0).ToString()!), reader.IsDBNull(1) ? null : Guid.Parse(reader.GetValue(1).ToString()!));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
}
