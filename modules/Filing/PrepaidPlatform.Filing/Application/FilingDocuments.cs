using PrepaidPlatform.Filing.Documents;

namespace PrepaidPlatform.Filing.Application;

/// <summary>The filing's printable documents from its public view: the 备案回执 PDF (F6) and the 备案码 poster (F5).</summary>
internal sealed class FilingDocuments(FilingReceiptPdf receipts, FilingCodeImages images)
{
    public byte[] Receipt(FilingCodeView view, string verifyUrl) =>
        receipts.Render(new FilingReceiptData(view.FilingNumber, view.OperatorName, view.Uscc, view.Address, view.IndustryName, view.DistrictBureau,
            view.FiledOn, view.ShopName, verifyUrl, view.BusinessAddress));

    public byte[] Poster(FilingCodeView view, string verifyUrl) =>
        images.PosterPng(new FilingPosterData(view.ShopName, view.OperatorName, view.FilingNumber, verifyUrl, "北京市商务局"));
}
