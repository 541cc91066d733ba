using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NoteMiner.Extraction.Docx;

/// <summary>
/// Sections of a DOCX body and the header and footer to read. A section's properties close it (in the last
/// paragraph of the section, or at the end of the body for the last section), and its type says how it
/// starts: on a new page unless <c>continuous</c> (or <c>nextColumn</c>).
/// </summary>
internal static class DocxSections
{
    /// <summary>Every section's properties in document order, the body's final one last.</summary>
    public static IReadOnlyList<SectionProperties> InOrder(Body body)
    {
        var sections = body.Descendants<Paragraph>()
            .Select(p => p.ParagraphProperties?.SectionProperties)
            .OfType<SectionProperties>()
            .ToList();
        if (body.GetFirstChild<SectionProperties>() is { } last)
        {
            sections.Add(last);
        }

        return sections;
    }

    public static bool StartsNewPage(SectionProperties section)
    {
        var type = section.GetFirstChild<SectionType>()?.Val?.Value;
        return type is null || (type != SectionMarkValues.Continuous && type != SectionMarkValues.NextColumn);
    }

    /// <summary>
    /// The header shown on page 1: the first section's first-page header when it has a distinct title page,
    /// otherwise its default header.
    /// </summary>
    public static Header? FirstPageHeader(MainDocumentPart main, IReadOnlyList<SectionProperties> sections)
    {
        if (sections.Count == 0)
        {
            return null;
        }

        var first = sections[0];
        var type = HasTitlePage(first) ? HeaderFooterValues.First : HeaderFooterValues.Default;
        return Resolve<HeaderPart>(main, first.Elements<HeaderReference>().FirstOrDefault(r => Is(r.Type, type))?.Id)?.Header;
    }

    /// <summary>
    /// The footer shown on the last page: the last section's default footer, inherited from an earlier
    /// section when the last one has none (as Word does), else any first-page footer.
    /// </summary>
    public static Footer? LastPageFooter(MainDocumentPart main, IReadOnlyList<SectionProperties> sections)
    {
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            var reference = sections[i].Elements<FooterReference>().FirstOrDefault(r => Is(r.Type, HeaderFooterValues.Default));
            if (Resolve<FooterPart>(main, reference?.Id)?.Footer is { } footer)
            {
                return footer;
            }
        }

        var firstPage = sections.LastOrDefault()?.Elements<FooterReference>().FirstOrDefault(r => Is(r.Type, HeaderFooterValues.First));
        return Resolve<FooterPart>(main, firstPage?.Id)?.Footer;
    }

    private static bool HasTitlePage(SectionProperties section) =>
        section.GetFirstChild<TitlePage>() is { } title && (title.Val?.Value ?? true);

    private static bool Is(EnumValue<HeaderFooterValues>? type, HeaderFooterValues expected) =>
        (type?.Value ?? HeaderFooterValues.Default) == expected;

    private static T? Resolve<T>(MainDocumentPart main, StringValue? id)
        where T : OpenXmlPart
    {
        if (id?.Value is not { } relationship)
        {
            return null;
        }

        // A dangling or mistyped relationship loses the header or footer, not the document.
        return main.Parts.FirstOrDefault(p => p.RelationshipId == relationship).OpenXmlPart as T;
    }
}
