using MySqlConnector;
using PrepaidPlatform.Benchmarks.Seeding;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// The least a review step must write, in raw SQL: in one transaction lock the instance row, move it (state, version),
/// drop the left state's timer, journal the step, set the application's status. Done twice per application (受理, then a
/// second step to a final state) so it compares with the product's 受理 + 审核通过; the raw path allocates no 备案编号.
/// </summary>
internal static class RawTransition
{
    /// <summary>Commands per step, BEGIN and COMMIT left out as they are for the product's count.</summary>
    public const int Commands = 5;

    public static async Task<int> RunAsync(string connectionString, PendingApplication application, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await StepAsync(connection, application, "submitted", "under_review", "accept", "UnderReview", cancellationToken);
        await StepAsync(connection, application, "under_review", "approved", "approve", "Approved", cancellationToken);
        return 2;
    }

    private static async Task StepAsync(MySqlConnection connection, PendingApplication application, string from, string to, string trigger, string status,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var version = await ScalarAsync(connection, transaction, "SELECT Version FROM Wf_Instances WHERE Id = @id AND CurrentState = @from FOR UPDATE",
            application, cancellationToken, ("@from", from));
        if (version is null)
        {
            throw new InvalidOperationException($"instance {application.InstanceId} is not in {from}");
        }

        await ScalarAsync(connection, transaction, "UPDATE Wf_Instances SET CurrentState = @to, Version = Version + 1, StateEnteredAtUtc = UTC_TIMESTAMP(6) WHERE Id = @id",
            application, cancellationToken, ("@to", to));
        await ScalarAsync(connection, transaction, "DELETE FROM Wf_Timers WHERE InstanceId = @id", application, cancellationToken);
        await ScalarAsync(connection, transaction, """
            INSERT INTO Wf_Journal (InstanceId, TenantId, Kind, AtUtc, UserName, `Trigger`, FromState, ToState, InputJson, IdempotencyKey)
            VALUES (@id, @tenant, 1, UTC_TIMESTAMP(6), 'raw', @trigger, @from, @to, '{}', UUID())
            """, application, cancellationToken, ("@trigger", trigger), ("@from", from), ("@to", to));
        await ScalarAsync(connection, transaction, "UPDATE Filing_Applications SET Status = @status, UpdatedAtUtc = UTC_TIMESTAMP(6) WHERE Id = @application",
            application, cancellationToken, ("@status", status));
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(MySqlConnection connection, MySqlTransaction transaction, string sql, PendingApplication application,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new MySqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("@id", application.InstanceId.ToString());
        command.Parameters.AddWithValue("@tenant", application.District.Id.ToString());
        command.Parameters.AddWithValue("@application", application.Id.ToString());
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
