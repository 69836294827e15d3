using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Filing;

/// <summary>
/// The district suspended or resumed an operator's 备案码 (F5). Published with the change, so what shows the code to the
/// public (the portal's cached pages) drops what it holds once the change is committed.
/// </summary>
public sealed record FilingCodeStatusChanged(Guid FilingId, Guid OperatorUserId, bool Suspended) : IIntegrationEvent;
