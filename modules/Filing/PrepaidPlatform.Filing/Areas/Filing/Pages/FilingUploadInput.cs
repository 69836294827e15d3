using Microsoft.AspNetCore.Http;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>The file fields of 备案信息 (<c>UploadFiles.RedemptionSites</c> …); an empty field keeps what was uploaded before.</summary>
internal sealed class FilingUploadInput
{
    public IFormFile? RedemptionSites { get; set; }

    public IFormFile? Branches { get; set; }

    public IFormFile? Contract { get; set; }

    public IFormFile? CustodyProof { get; set; }

    public IFormFile? CommitmentLetter { get; set; }

    public IFormFile? OtherMaterial { get; set; }

    public IReadOnlyDictionary<AttachmentKind, UploadedFile> Files()
    {
        var files = new Dictionary<AttachmentKind, UploadedFile>();
        void Add(AttachmentKind kind, IFormFile? file)
        {
            // A browser sends an empty part for a file field left empty: that is no upload, not an empty file.
            if (file is not null && !(file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
            {
                files[kind] = new UploadedFile(file.FileName, file.OpenReadStream);
            }
        }

        Add(AttachmentKind.RedemptionSites, RedemptionSites);
        Add(AttachmentKind.Branches, Branches);
        Add(AttachmentKind.Contract, Contract);
        Add(AttachmentKind.CustodyProof, CustodyProof);
        Add(AttachmentKind.CommitmentLetter, CommitmentLetter);
        Add(AttachmentKind.OtherMaterial, OtherMaterial);
        return files;
    }
}
