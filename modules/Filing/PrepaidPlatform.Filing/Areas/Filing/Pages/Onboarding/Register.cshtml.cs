using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Areas.Filing.Pages;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Security;
using QRCoder;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Onboarding;

/// <summary>注册 · 一、使用电子营业执照进行证照验证: the QR code the legal representative scans, then 我已完成确认.</summary>
[AllowAnonymous]
internal sealed class RegisterModel(LicenceOnboarding onboarding, ICurrentUser currentUser, FilingCodeLinks links) : PageModel
{
    [BindProperty]
    public string ChallengeId { get; set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public string SandboxUrl { get; private set; } = string.Empty;

    /// <summary>
    /// The sandbox's QR codes point into this site (a path, which Linux's <see cref="Uri"/> reads as an absolute file URI);
    /// the real service's are its own web addresses, and get no sandbox link.
    /// </summary>
    public bool IsSandbox => !IsWebAddress(SandboxUrl);

    /// <summary>What the QR code carries: the address a phone opens.</summary>
    public string QrContent { get; private set; } = string.Empty;

    // Not Uri.TryCreate(…, Absolute) alone: on Linux it takes "/Onboarding/…" for a file:// address.
    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public string VerifierName => onboarding.VerifierName;

    internal const string ForeignChallengeMessage = "二维码已失效，请使用本页面新生成的二维码重新扫码确认。";

    internal const string LicenceUpdatedNotice = "证照信息已更新，已按电子营业执照重新带入。";

    /// <summary>更新证照: a signed-in operator refreshes its own licence and goes back to the filing form.</summary>
    public bool IsUpdate => currentUser.Side == PlatformSide.Operator;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await NewChallengeAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A challenge is bound to the browser that was shown it: another session cannot take over its confirmation.
        if (!TempData.IsOwnChallenge(ChallengeId))
        {
            ModelState.AddModelError(string.Empty, ForeignChallengeMessage);
            await NewChallengeAsync(cancellationToken);
            return Page();
        }

        LicenceOnboarding.Outcome outcome;
        try
        {
            // A signed-in operator is updating its licence (更新证照): the licence must stay the account's own USCC.
            var signedInUscc = IsUpdate ? currentUser.UserName : null;
            outcome = await onboarding.CompleteAsync(ChallengeId, signedInUscc, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            await NewChallengeAsync(cancellationToken);
            return Page();
        }

        switch (outcome.State)
        {
            case LicenceChallengeState.Confirmed when IsUpdate:
                // The account is this operator's own: back to 备案信息, which reads the refreshed licence.
                TempData[nameof(InfoModel.Notice)] = LicenceUpdatedNotice;
                return Redirect("/Filing/Info");
            case LicenceChallengeState.Confirmed:
                TempData.SetLicence(outcome.LicenceId!.Value);
                return RedirectToPage("./Licence");
            case LicenceChallengeState.Pending:
                ModelState.AddModelError(string.Empty, outcome.Message!);
                SetQr(ChallengeId);
                return Page();
            default:
                ModelState.AddModelError(string.Empty, outcome.Message!);
                await NewChallengeAsync(cancellationToken);
                return Page();
        }
    }

    private async Task NewChallengeAsync(CancellationToken cancellationToken)
    {
        var challenge = await onboarding.StartAsync(cancellationToken);
        // The posted (expired) id must not win over the new one when the form is rendered again.
        ModelState.Remove(nameof(ChallengeId));
        ChallengeId = challenge.Id;
        TempData.SetChallenge(challenge.Id);
        SetQr(challenge.Id, challenge.QrContent);
    }

    private void SetQr(string challengeId, string? content = null)
    {
        SandboxUrl = content ?? $"/Onboarding/Sandbox?challenge={challengeId}";
        // Never from the Host header: behind a proxy the public address is configuration (Platform:PublicBaseUrl).
        QrContent = IsWebAddress(SandboxUrl) ? SandboxUrl : links.Absolute(Request, SandboxUrl);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(QrContent, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
