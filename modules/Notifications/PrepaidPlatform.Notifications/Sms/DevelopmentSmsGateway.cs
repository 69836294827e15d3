using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Sms;

/// <summary>
/// The default gateway: every SMS is stored as the phone would receive it, for the 短信发件箱 and for tests. The row is
/// staged on the dispatcher's context and saved with the outcomes of its round (<see cref="SmsDispatcher"/>), as a
/// provider's acceptance is recorded: a round that dies before its save stored neither, and its messages are sent again.
/// </summary>
internal sealed class DevelopmentSmsGateway(PlatformDbContext db, IOptions<HttpSmsGatewayOptions> http, IPersonalDataProtector protector, IClock clock, ILogger<DevelopmentSmsGateway> logger) : ISmsGateway
{
    public const string DefaultSignName = "预付卡监管平台";

    public Task<string?> SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var signName = string.IsNullOrWhiteSpace(http.Value.SignName) ? DefaultSignName : http.Value.SignName;
        var sms = new DevelopmentSms(Guid.NewGuid(), ProtectedValue.ForPhone(protector, phone), $"【{signName}】{text}", clock.UtcNow.UtcDateTime);
        db.Set<DevelopmentSms>().Add(sms);
        logger.LogDebug("Development SMS to {Phone} staged", Masking.Phone(phone));
        return Task.FromResult<string?>("DEV-" + sms.Id.ToString("N"));
    }
}
