namespace PrepaidPlatform.Notifications;

public static class NotificationPermissions
{
    public const string GroupName = "消息通知";

    /// <summary>City: read the SMS outbox (短信发件箱) of every district.</summary>
    public const string SmsOutboxRead = "Notifications.Sms.Read";

    /// <summary>City: edit the message templates (消息模板).</summary>
    public const string TemplatesManage = "Notifications.Templates.Manage";
}

/// <summary>Settings of the verification-code limits (SPEC N2: rate-limited per phone).</summary>
public static class NotificationSettings
{
    public const string Group = "短信验证码";

    public const string SendIntervalSeconds = "Notifications.VerificationCode.SendIntervalSeconds";

    public const string DailyLimit = "Notifications.VerificationCode.DailyLimit";
}
