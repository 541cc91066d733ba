namespace NoteMiner.Audit.Reports;

/// <summary>Gap rates per checklist element across audited charts, for summaries and samples.</summary>
public static class GapRates
{
    /// <summary>One rate per checklist element, in taxonomy order.</summary>
    public static IReadOnlyList<ElementGapRate> Compute(IReadOnlyList<CarePlanAudit> audits)
    {
        ArgumentNullException.ThrowIfNull(audits);
        return ElementLabels.Checklist.Select(element => Compute(audits, element)).ToList();
    }

    private static ElementGapRate Compute(IReadOnlyList<CarePlanAudit> audits, ElementLabel element)
    {
        List<string> present = [], weak = [], missing = [];
        foreach (var audit in audits)
        {
            // An audit without the element (never produced by the auditor) counts as missing, not as present.
            var status = audit.Elements.FirstOrDefault(e => e.Element == element)?.Status ?? ElementStatus.Missing;
            (status switch
            {
                ElementStatus.Present => present,
                ElementStatus.Weak => weak,
                _ => missing,
            }).Add(audit.Chart);
        }

        return new ElementGapRate(element, audits.Count, present, weak, missing);
    }
}
