using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PrepaidPlatform.Platform.Web;

/// <summary>
/// A form or query key with an unclosed bracket (<c>a[</c>) makes ASP.NET Core's jQuery value providers throw an
/// <see cref="ArgumentException"/> while binding, so any page answered such a post, or such a URL, with a 500 (issue 15
/// item 4; found by the form fuzz). Such a key names no field: the jQuery reading of that request is skipped, and the
/// plain form and query providers still bind every well-formed key, which is all the platform's pages post.
/// </summary>
internal sealed class TolerantJQueryValueProviderFactory(IValueProviderFactory inner) : IValueProviderFactory
{
    public static void Apply(MvcOptions options)
    {
        var factories = options.ValueProviderFactories;
        for (var i = 0; i < factories.Count; i++)
        {
            if (factories[i] is JQueryFormValueProviderFactory or JQueryQueryStringValueProviderFactory)
            {
                factories[i] = new TolerantJQueryValueProviderFactory(factories[i]);
            }
        }
    }

    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var before = context.ValueProviders.Count;
        try
        {
            await inner.CreateValueProviderAsync(context);
        }
        catch (ArgumentException)
        {
            // A malformed key (the normalizer's refusal): nothing of this provider is kept.
            while (context.ValueProviders.Count > before)
            {
                context.ValueProviders.RemoveAt(before);
            }
        }
    }
}
