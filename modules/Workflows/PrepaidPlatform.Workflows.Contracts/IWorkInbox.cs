namespace PrepaidPlatform.Workflows;

/// <summary>待办: the instances whose current state has a step the signed-in user may take now (permission and guard).</summary>
public interface IWorkInbox
{
    /// <summary>How many instances wait for the signed-in user (the staff home shows it); overdue ones are counted in both numbers.</summary>
    Task<WorkInboxCount> CountAsync(CancellationToken cancellationToken = default);
}

public sealed record WorkInboxCount(int Waiting, int Overdue);
