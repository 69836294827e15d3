using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>
/// What the registration steps hand to each other in protected TempData (never in the URL): the verified licence and,
/// after 个人信息验证, the sealed registration ticket. Peeked, not read, so a refresh keeps the step.
/// </summary>
internal static class OnboardingState
{
    private const string LicenceKey = "Onboarding.LicenceId";
    private const string TicketKey = "Onboarding.Ticket";
    private const string RegisteredKey = "Onboarding.Registered";
    private const string ChallengeKey = "Onboarding.Challenge";

    /// <summary>The QR challenge this browser was shown: only this browser may complete it.</summary>
    public static void SetChallenge(this ITempDataDictionary tempData, string challengeId) => tempData[ChallengeKey] = challengeId;

    public static bool IsOwnChallenge(this ITempDataDictionary tempData, string challengeId) =>
        !string.IsNullOrEmpty(challengeId) && tempData.Peek(ChallengeKey) is string own && string.Equals(own, challengeId, StringComparison.Ordinal);

    public static void SetLicence(this ITempDataDictionary tempData, Guid licenceId) => tempData[LicenceKey] = licenceId.ToString();

    public static Guid? PeekLicence(this ITempDataDictionary tempData) => tempData.Peek(LicenceKey) switch
    {
        // TempData's serializer turns a GUID-shaped string back into a Guid.
        Guid guid => guid,
        string text when Guid.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    public static void SetTicket(this ITempDataDictionary tempData, string ticket) => tempData[TicketKey] = ticket;

    public static string? PeekTicket(this ITempDataDictionary tempData) => tempData.Peek(TicketKey) as string;

    /// <summary>Registration finished: the steps' state goes, the success page learns the account name once.</summary>
    public static void Finish(this ITempDataDictionary tempData, string uscc)
    {
        tempData.Remove(LicenceKey);
        tempData.Remove(TicketKey);
        tempData.Remove(ChallengeKey);
        tempData[RegisteredKey] = uscc;
    }

    public static string? TakeRegistered(this ITempDataDictionary tempData) => tempData[RegisteredKey] as string;
}
