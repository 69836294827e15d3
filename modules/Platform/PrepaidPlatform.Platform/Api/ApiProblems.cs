using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PrepaidPlatform.Platform.Api;

/// <summary>
/// Every error of the machine API is an RFC 7807 problem document (<c>application/problem+json</c>) whose <c>detail</c>
/// says in Chinese what to do; modules' API controllers answer their own errors through <see cref="Result"/>.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>One text for every authentication failure, so that a caller cannot tell a bad key from a bad signature.</summary>
    public const string UnauthorizedDetail = "请求未通过身份验证：请检查密钥编号、签名和时间戳（与平台时间相差不得超过 5 分钟），或联系市商务委确认密钥状态。";

    public const string ReplayDetail = "该请求的随机串（X-Api-Nonce）已使用过：每个请求须使用新的随机串，重发时请重新签名。";

    public const string MalformedDetail = "请求正文不是有效的 JSON，或字段类型不符合接口文档。";

    public static ObjectResult Result(int status, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15." + (status >= 500 ? "6.1" : "5." + (status - 399).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Title = TitleOf(status),
            Status = status,
            Detail = detail,
        };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { ContentType } };
    }

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求无效",
        StatusCodes.Status401Unauthorized => "身份验证失败",
        StatusCodes.Status403Forbidden => "无权访问",
        StatusCodes.Status404NotFound => "资源不存在",
        StatusCodes.Status409Conflict => "请求重复",
        StatusCodes.Status413PayloadTooLarge => "请求正文过大",
        StatusCodes.Status415UnsupportedMediaType => "不支持的内容类型",
        _ => "服务器错误",
    };
}
