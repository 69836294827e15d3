namespace PrepaidPlatform.Filing.Uploads;

/// <summary>The 填写说明 lines every upload template carries: 6. 发卡信息 · 提示(3) I–III, and the limits.</summary>
internal static class UploadTemplateNotes
{
    public static IReadOnlyList<string> Common(string title) =>
    [
        $"请在“{title}”工作表中从第2行起每行填写一条，最多{UploadLimits.ExcelMaxRows}行；文件大小不超过{UploadLimits.Describe(UploadLimits.ExcelMaxBytes)}。序号可不填。",
        "请务必使用本模板并按模板格式要求填写内容，否则容易上传失败。",
        "不要修改模板格式：如删除或添加列，也不要修改列名或调整列的顺序。",
        "有数据字典的列（所在区、所在街道（乡镇）），请务必使用“字典”工作表中的文字内容，请勿自定义。",
        "联系电话、统一社会信用代码请先把单元格设为“文本”格式再填写，以免Excel把它们当作数字而丢失开头的0或末尾几位。",
        "上传失败后，可下载并查看失败原因（错误报告），调整后重新上传。",
        "“填写说明”和“字典”工作表仅供参考，上传时不会读取。",
    ];
}
