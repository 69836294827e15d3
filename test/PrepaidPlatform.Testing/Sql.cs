using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Testing;

/// <summary>Plain SQL on the test host's database, for the tables whose entities are internal to their module.</summary>
public static class Sql
{
    public static Task<object?> ScalarAsync(this PlatformFactory factory, string sql, params (string Name, object Value)[] parameters) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = sql;
                foreach (var (name, value) in parameters)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }

                var result = await command.ExecuteScalarAsync();
                return result is DBNull ? null : result;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    public static async Task<int> CountAsync(this PlatformFactory factory, string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt32(await factory.ScalarAsync(sql, parameters), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Plain SQL on a test database with no host of the test process on it (a host in a child process, or none).</summary>
public static class DatabaseSql
{
    public static async Task<object?> ScalarAsync(this TestDatabase database, string sql)
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : result;
    }

    public static async Task<int> CountAsync(this TestDatabase database, string sql) =>
        Convert.ToInt32(await database.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<int> ExecuteAsync(this TestDatabase database, string sql)
    {
        await using var db = database.CreateContext();
        return await db.Database.ExecuteSqlRawAsync(sql);
    }
}
