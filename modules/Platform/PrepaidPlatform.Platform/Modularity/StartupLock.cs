using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Modularity;

/// <summary>
/// One instance at a time migrates and seeds. Instances started together (systemd after a deployment, a restart of the
/// machine) each found the seed missing and inserted it: the second failed on a duplicate key and did not start. On MySQL
/// a named lock (GET_LOCK) held on a connection of its own for the whole migration and seed: it ends with that
/// connection, so an instance that dies at start frees it. SQLite is the embedded, single-instance mode: no lock.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private const string Prefix = "prepaidplatform.startup:";

    // Longer than any migration and seed of a city's database; an instance waiting longer says so and stops.
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(10);

    private readonly MySqlConnection? _connection;
    private readonly string _name;

    private StartupLock(MySqlConnection? connection, string name)
    {
        _connection = connection;
        _name = name;
    }

    public static async Task<StartupLock> AcquireAsync(PlatformDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return new StartupLock(null, string.Empty);
        }

        var connection = new MySqlConnection(db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Named locks are the server's: the database's name keeps other platforms on the same server (staging) apart.
            var name = Prefix + connection.Database;
            name = name.Length > 64 ? name[..64] : name;
            await using var command = new MySqlCommand("SELECT GET_LOCK(@name, @seconds)", connection) { CommandTimeout = (int)Wait.TotalSeconds + 30 };
            command.Parameters.AddWithValue("@name", name);
            command.Parameters.AddWithValue("@seconds", (int)Wait.TotalSeconds);
            logger.LogInformation("Waiting for the startup lock (another instance may be migrating or seeding)");
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                throw new InvalidOperationException($"Another instance held the startup lock '{name}' for {Wait.TotalMinutes} minutes: is one stuck migrating?");
            }

            return new StartupLock(connection, name);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            // Closing the session releases the lock; the explicit release returns the pooled session clean.
            await using var command = new MySqlCommand("SELECT RELEASE_LOCK(@name)", _connection);
            command.Parameters.AddWithValue("@name", _name);
            await command.ExecuteScalarAsync();
            await _connection.DisposeAsync();
        }
    }
}
