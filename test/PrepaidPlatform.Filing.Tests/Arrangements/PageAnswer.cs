using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests.Arrangements;

/// <summary>A page's answer to a post, kept by an arrangement for the tests that read it later.</summary>
internal sealed record PageAnswer(HttpStatusCode StatusCode, string Html)
{
    /// <summary>The validation summary, for the message of an assertion on the status code.</summary>
    public string Summary => PlatformClient.ValidationSummary(Html);

    public static async Task<PageAnswer> OfAsync(HttpResponseMessage response) =>
        new(response.StatusCode, await response.Content.ReadAsStringAsync());
}
