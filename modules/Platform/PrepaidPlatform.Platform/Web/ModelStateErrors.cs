using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PrepaidPlatform.Platform.Web;

/// <summary>Puts a service's refusal on a form: the general message in the summary, each field's message under its input.</summary>
public static class ModelStateErrors
{
    public static void AddRefusal(this ModelStateDictionary modelState, string? message, IReadOnlyDictionary<string, string> fieldErrors, string prefix = "Input")
    {
        if (message is not null)
        {
            modelState.AddModelError(string.Empty, message);
        }

        foreach (var (field, error) in fieldErrors)
        {
            modelState.AddModelError($"{prefix}.{field}", error);
        }
    }
}
