using System.Globalization;
using NoteMiner.Audit;
using NoteMiner.Composer.Citations;
using NoteMiner.Composer.Denials;

namespace NoteMiner.Composer.Readiness;

/// <summary>
/// Decides what an appeal can assert: for each element the denial turns on, the best verified quotes of a
/// present element; for each event, its verified revision; the verified plan sharing. Everything else becomes
/// a gap. Quotes are trimmed, then checked against the extracted text; one that fails is dropped and reported.
/// </summary>
internal static class AppealCaseBuilder
{
    public static AppealCase Build(
        CarePlanAudit audit, IReadOnlyList<ExtractedDocument> documents, DenialCode code, AppealComposerOptions options)
    {
        var dropped = new List<DroppedCitation>();
        var gaps = new List<AppealGap>();
        var elements = new List<ElementCase>();
        SharingCase? sharing = null;
        foreach (var label in code.RequiredElements)
        {
            var finding = audit.Elements.FirstOrDefault(e => e.Element == label);
            var status = finding?.Status ?? ElementStatus.Missing;
            IReadOnlyList<Evidence> candidates = status == ElementStatus.Present ? finding!.Evidence : [];
            if (label == ElementLabel.PlanShared && status == ElementStatus.Present && audit.PlanShared is { } shared)
            {
                // The sharing statement the audit dated comes first: it carries the date and method the letter names.
                candidates = [shared.Evidence, .. candidates];
            }

            var citations = Select(label, candidates, documents, options, dropped);
            var element = new ElementCase(label, status, finding?.Reason ?? "", citations);
            elements.Add(element);
            // The date and method come from the sharing statement, so the letter states them only if that very quote verified.
            if (label == ElementLabel.PlanShared && element.Supported && audit.PlanShared is { } plan
                && citations.FirstOrDefault(c => c == Cite(label, plan.Evidence, options)) is { } sharingCitation)
            {
                sharing = new SharingCase(plan.Date, plan.Method, plan.Agreed, sharingCitation);
            }

            if (!element.Supported)
            {
                gaps.Add(new AppealGap(label.ToName(), Problem(element), ElementWording.Need(label)));
            }
        }

        var events = new List<EventCase>();
        if (code.RequiresRevisionAfterEvents)
        {
            foreach (var chartEvent in audit.Events)
            {
                var eventCase = Event(chartEvent, documents, options, dropped);
                events.Add(eventCase);
                if (!eventCase.Revised)
                {
                    gaps.Add(EventGap(eventCase, chartEvent.Revision is null));
                }
            }
        }

        return new AppealCase(elements, events, sharing, gaps, dropped);
    }

    private static IReadOnlyList<Citation> Select(
        ElementLabel label, IReadOnlyList<Evidence> candidates, IReadOnlyList<ExtractedDocument> documents,
        AppealComposerOptions options, List<DroppedCitation> dropped)
    {
        var chosen = new List<Citation>();

        // Templated text recurs in other patients' charts: quoting it would argue the denial's own point
        // ("highly standardized or templated care plans"), so only patient-specific passages are cited.
        foreach (var evidence in candidates.Where(e => !e.Templated))
        {
            if (chosen.Count >= options.MaxQuotesPerElement)
            {
                break;
            }

            var citation = Cite(label, evidence, options);
            if (chosen.Any(c => c.SameLocation(citation)))
            {
                continue;
            }

            if (CitationVerifier.Check(citation, documents) is { } problem)
            {
                dropped.Add(new DroppedCitation(citation, problem));
            }
            else
            {
                chosen.Add(citation);
            }
        }

        return chosen;
    }

    private static EventCase Event(
        ChartEvent chartEvent, IReadOnlyList<ExtractedDocument> documents, AppealComposerOptions options, List<DroppedCitation> dropped)
    {
        var eventCitation = Verified(Cite(ElementLabel.PlanRevision, chartEvent.Evidence, options), documents, dropped);
        var revisionCitation = chartEvent.Revision is { } revision
            ? Verified(Cite(ElementLabel.PlanRevision, revision.Evidence, options), documents, dropped)
            : null;
        return new EventCase(chartEvent.Type, chartEvent.Date, eventCitation, chartEvent.Revision?.Date, revisionCitation);
    }

    private static Citation? Verified(Citation citation, IReadOnlyList<ExtractedDocument> documents, List<DroppedCitation> dropped)
    {
        if (CitationVerifier.Check(citation, documents) is { } problem)
        {
            dropped.Add(new DroppedCitation(citation, problem));
            return null;
        }

        return citation;
    }

    private static Citation Cite(ElementLabel label, Evidence evidence, AppealComposerOptions options)
    {
        var (text, trimmed) = QuoteTrimmer.Trim(evidence.Text, options.MaxQuoteLength);
        return new Citation(label, evidence.File, evidence.Page, evidence.FirstLine, evidence.LastLine, text, evidence.Source)
        {
            Trimmed = trimmed,
        };
    }

    private static string Problem(ElementCase element) => element.Status switch
    {
        ElementStatus.Missing => "missing",
        ElementStatus.Weak => element.Reason.Length > 0 ? $"only weak ({element.Reason})" : "only weak",
        _ => "present, but none of its quotes matches the extracted text",
    };

    private static AppealGap EventGap(EventCase eventCase, bool noRevision)
    {
        var date = eventCase.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var item = $"revision after {EventNames.Noun(eventCase.Type)} {date ?? "(undated)"}".TrimEnd();
        var problem = noRevision ? "no dated care-plan revision after it" : "the revision's quote does not match the extracted text";
        var need = date is null
            ? "a dated care-plan revision after the event that says what changed"
            : $"a care-plan revision dated on or after {date} that says what changed";
        return new AppealGap(item, problem, need);
    }
}
