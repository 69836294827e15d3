using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Caching;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// The public page's data path alone: <c>GET /bench/stored/{kind}/{备案编号}</c>, ahead of the pipeline like the raw endpoint,
/// asks the request's <see cref="PublicViewStore"/> for the stored view exactly as the page does (pooled DbContext, its
/// connection, the compiled query) and writes the payload back. Between raw, this and the page lies where the page's
/// cost is: the stored read, or the pipeline, Razor Pages and the rendering. A view that is not current answers 404
/// here (no live path): the load counts it as a failure, so a stale store cannot pass unseen.
/// </summary>
internal sealed class StoredViewEndpoint : IStartupFilter
{
    public const string Path = "/bench/stored";

    private static readonly JsonTypeInfo<JsonObject> Json = (JsonTypeInfo<JsonObject>)JsonSerializerOptions.Default.GetTypeInfo(typeof(JsonObject));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Path, stored => stored.Run(ServeAsync));
        next(app);
    };

    private static async Task ServeAsync(HttpContext context)
    {
        var parts = (context.Request.Path.Value ?? string.Empty).Trim('/').Split('/');
        var views = context.RequestServices.GetRequiredService<PublicViewStore>();
        var view = parts.Length == 2
            ? await views.GetAsync(parts[0], parts[1], () => Task.FromResult<(Guid OperatorUserId, JsonObject View)?>(null), Json, context.RequestAborted)
            : null;
        if (view is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(view.ToJsonString(), context.RequestAborted);
    }
}
