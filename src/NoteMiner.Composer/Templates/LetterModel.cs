using System.Globalization;
using NoteMiner.Audit;
using NoteMiner.Composer.Citations;
using NoteMiner.Composer.Denials;
using NoteMiner.Composer.Readiness;
using Scriban.Runtime;
using static NoteMiner.Composer.Markdown.MarkdownText;

namespace NoteMiner.Composer.Templates;

/// <summary>
/// Builds the data a letter template sees (documented in <c>Templates/README.md</c>): plain strings, numbers,
/// booleans, lists and objects only — no .NET objects — with every text already escaped for Markdown.
/// Only verified facts are in it: elements carry quotes only when supported; unsupported things are in <c>gaps</c>.
/// </summary>
internal static class LetterModel
{
    /// <summary>The top-level names a template may read.</summary>
    public static IReadOnlyList<string> RootNames { get; } =
    [
        "practice", "signer", "claim", "denial", "letter_date", "letter_date_iso", "ready", "elements", "supported",
        "gaps", "events", "revised_events", "plan_shared", "attachments", "citations",
    ];

    public static ScriptObject Build(AppealRequest request, AppealCase appeal, DateOnly letterDate, DisplayNames names)
    {
        var claim = request.Claim;
        var elements = appeal.Elements.Select(e => (e.Supported, Model: Element(e, names))).ToList();
        var events = appeal.Events.Select(e => (e.Revised, Model: Event(e, names))).ToList();
        var citations = appeal.Citations;
        var model = new ScriptObject
        {
            ["practice"] = Object(
                ("name", Escape(claim.Practice.Name)),
                ("address", Escape(claim.Practice.Address)),
                ("address_lines", Lines(claim.Practice.Address)),
                ("phone", Escape(claim.Practice.Phone))),
            ["signer"] = Object(("name", Escape(claim.Signer.Name)), ("title", Escape(claim.Signer.Title))),
            ["claim"] = Object(
                ("number", Escape(claim.ClaimNumber)),
                ("patient_name", Escape(claim.PatientName)),
                ("patient_id", Escape(claim.PatientId)),
                ("date_of_service", LongDate(claim.DateOfService)),
                ("date_of_service_iso", IsoDate(claim.DateOfService)),
                ("payer", Escape(claim.Payer)),
                ("payer_address", Escape(claim.PayerAddress)),
                ("payer_address_lines", Lines(claim.PayerAddress))),
            ["denial"] = Object(
                ("code", Escape(request.Code.Code)),
                ("reason", Escape(request.Code.Reason)),
                ("title", Escape(request.Code.Title))),
            ["letter_date"] = LongDate(letterDate),
            ["letter_date_iso"] = IsoDate(letterDate),
            ["ready"] = appeal.Gaps.Count == 0,
            ["elements"] = Array(elements.Select(e => e.Model)),
            ["supported"] = Array(elements.Where(e => e.Supported).Select(e => e.Model)),
            ["gaps"] = Array(appeal.Gaps.Select(g => Object(("item", Escape(g.Item)), ("problem", Escape(g.Problem)), ("need", Escape(g.Need))))),
            ["events"] = Array(events.Select(e => e.Model)),
            ["revised_events"] = Array(events.Where(e => e.Revised).Select(e => e.Model)),
            ["plan_shared"] = appeal.Sharing is { } sharing ? Sharing(sharing, names) : null,
            ["attachments"] = Array(Attachments(citations, names)),
            ["citations"] = Array(citations.Select(c => Citation(c, names))),
        };
        return model;
    }

    private static ScriptObject Element(ElementCase element, DisplayNames names) => Object(
        ("id", element.Element.ToName()),
        ("name", Escape(ElementWording.Name(element.Element))),
        ("status", element.Status.ToString().ToLowerInvariant()),
        ("supported", element.Supported),
        ("reason", Escape(element.Reason)),
        ("need", Escape(ElementWording.Need(element.Element))),
        ("citations", Array(element.Supported ? element.Citations.Select(c => Citation(c, names)) : [])));

    private static ScriptObject Event(EventCase chartEvent, DisplayNames names) => Object(
        ("type", EventNames.Id(chartEvent.Type)),
        ("type_name", EventNames.Noun(chartEvent.Type)),
        ("date", chartEvent.Date is { } date ? LongDate(date) : null),
        ("date_iso", chartEvent.Date is { } iso ? IsoDate(iso) : null),
        ("citation", chartEvent.Revised && chartEvent.EventCitation is { } cited ? Citation(cited, names) : null),
        ("revised", chartEvent.Revised),
        ("revision_date", chartEvent.Revised ? LongDate(chartEvent.RevisionDate!.Value) : null),
        ("revision_date_iso", chartEvent.Revised ? IsoDate(chartEvent.RevisionDate!.Value) : null),
        ("revision_citation", chartEvent.Revised ? Citation(chartEvent.RevisionCitation!, names) : null));

    private static ScriptObject Sharing(SharingCase sharing, DisplayNames names) => Object(
        ("date", sharing.Date is { } date ? LongDate(date) : null),
        ("date_iso", sharing.Date is { } iso ? IsoDate(iso) : null),
        ("method", sharing.Method?.ToString().ToLowerInvariant()),
        ("agreed", sharing.Agreed),
        ("citation", Citation(sharing.Citation, names)));

    private static ScriptObject Citation(Citation citation, DisplayNames names) => Object(
        ("element", citation.Element.ToName()),
        ("quote", Escape(citation.Quote)),
        ("location", Escape(CitationFormat.Location(names.Of(citation.File), citation.Page, citation.FirstLine, citation.LastLine, citation.Source))),
        ("file", Escape(names.Of(citation.File))),
        ("page", citation.Page),
        ("lines", CitationFormat.Lines(citation.FirstLine, citation.LastLine)),
        ("ocr", citation.Source == PageSource.Ocr),
        ("trimmed", citation.Trimmed));

    private static IEnumerable<ScriptObject> Attachments(IReadOnlyList<Citation> citations, DisplayNames names) =>
        citations.GroupBy(c => names.Of(c.File), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Object(
                ("file", Escape(g.Key)),
                ("pages", CitationFormat.Pages(g.Select(c => c.Page))),
                ("page_numbers", Array(g.Select(c => c.Page).Distinct().Order().Cast<object>()))));

    private static ScriptArray Lines(string text) =>
        Array(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(Escape));

    private static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var result = new ScriptObject(members.Length);
        foreach (var (name, value) in members)
        {
            result[name] = value;
        }

        return result;
    }

    private static ScriptArray Array<T>(IEnumerable<T> items) => new(items.Cast<object>());
}
