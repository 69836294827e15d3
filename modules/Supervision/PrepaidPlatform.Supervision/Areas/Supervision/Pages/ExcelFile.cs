using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace PrepaidPlatform.Supervision.Areas.Supervision.Pages;

/// <summary>A table as an .xlsx download: one sheet, the dictionaries' keys as the header row, in the order written.</summary>
internal static class ExcelFile
{
    public static async Task<FileStreamResult> OfAsync(IReadOnlyList<Dictionary<string, object?>> sheet, string fileName, CancellationToken cancellationToken)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, cancellationToken: cancellationToken);
        stream.Position = 0;
        return new FileStreamResult(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = fileName };
    }
}
