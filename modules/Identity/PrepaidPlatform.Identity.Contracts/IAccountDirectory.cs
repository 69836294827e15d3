namespace PrepaidPlatform.Identity;

/// <summary>What other modules may ask about accounts without seeing Identity's tables.</summary>
public interface IAccountDirectory
{
    /// <summary>Whether an account with this user name exists in any district (operators sign in by USCC, which registers once).</summary>
    Task<bool> IsUserNameTakenAsync(string userName, CancellationToken cancellationToken);
}
