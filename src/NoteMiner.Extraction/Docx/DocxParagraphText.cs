using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MathText = DocumentFormat.OpenXml.Math.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NoteMiner.Extraction.Docx;

/// <summary>
/// The visible text of one paragraph, split at explicit page breaks, with whether every run that carries text
/// is bold and the text boxes anchored in it (read separately so their text is not run into the paragraph).
/// Tabs and soft line breaks become spaces; deleted and moved-away revisions and field codes are not text.
/// </summary>
internal sealed class DocxParagraphText
{
    private readonly DocxStyles _styles;
    private readonly string? _paragraphStyle;
    private readonly List<StringBuilder> _segments = [new()];
    private readonly List<TextBoxContent> _textBoxes = [];
    private bool _runBold;
    private bool _anyText;
    private bool _anyPlainText;

    private DocxParagraphText(DocxStyles styles, string? paragraphStyle)
    {
        _styles = styles;
        _paragraphStyle = paragraphStyle;
    }

    /// <summary>The text between page breaks; one segment when the paragraph has no page break.</summary>
    public IReadOnlyList<string> Segments => _segments.Select(s => s.ToString()).ToList();

    /// <summary>All the text, page breaks read as spaces.</summary>
    public string Text => string.Join(' ', _segments);

    public bool AllBold => _anyText && !_anyPlainText;

    public IReadOnlyList<TextBoxContent> TextBoxes => _textBoxes;

    public static DocxParagraphText Read(Paragraph paragraph, DocxStyles styles)
    {
        var text = new DocxParagraphText(styles, styles.StyleOf(paragraph));
        foreach (var child in paragraph.ChildElements)
        {
            text.Walk(child);
        }

        return text;
    }

    private void Walk(OpenXmlElement element)
    {
        switch (element)
        {
            case Run run:
                var outer = _runBold;
                _runBold = _styles.IsBold(run, _paragraphStyle);
                WalkChildren(run);
                _runBold = outer;
                break;
            case WordText text:
                Append(text.Text);
                break;
            case MathText math:
                Append(math.Text);
                break;
            case TabChar or PositionalTab or CarriageReturn:
                Append(" ");
                break;
            case Break br when br.Type?.Value == BreakValues.Page:
                _segments.Add(new StringBuilder());
                break;
            case Break:
                Append(" ");
                break;
            case NoBreakHyphen:
                Append("-");
                break;
            case TextBoxContent box:
                _textBoxes.Add(box);
                break;
            case AlternateContent alternate:
                // Word writes a text box twice (DrawingML choice, VML fallback): read one branch only.
                if (DocxBlocks.Branch(alternate) is { } branch)
                {
                    WalkChildren(branch);
                }

                break;
            case DeletedRun or MoveFromRun or DeletedText or FieldCode or DeletedFieldCode
                or RunProperties or ParagraphProperties or SdtProperties or SdtEndCharProperties:
                break;
            default:
                WalkChildren(element);
                break;
        }
    }

    private void WalkChildren(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            Walk(child);
        }
    }

    private void Append(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        _segments[^1].Append(text);
        if (!string.IsNullOrWhiteSpace(text))
        {
            _anyText = true;
            _anyPlainText |= !_runBold;
        }
    }
}
