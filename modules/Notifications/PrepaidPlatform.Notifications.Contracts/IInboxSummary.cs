namespace PrepaidPlatform.Notifications;

/// <summary>What the header shows of the signed-in user's inbox (站内消息).</summary>
public interface IInboxSummary
{
    /// <summary>Unread messages of the current user in the current district; 0 when nobody is signed in.</summary>
    Task<int> UnreadCountAsync(CancellationToken cancellationToken = default);
}
