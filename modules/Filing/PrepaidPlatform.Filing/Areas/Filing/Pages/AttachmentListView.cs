using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>The uploads of an application as a list with download links (<paramref name="DownloadUrl"/> takes the kind).</summary>
internal sealed record AttachmentListView(IReadOnlyCollection<FilingAttachment> Attachments, Func<AttachmentKind, string> DownloadUrl);
