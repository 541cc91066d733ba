using NoteMiner.Audit;
using NoteMiner.Extraction;
using NoteMiner.Testing;

namespace NoteMiner.Cli.Tests.Commands;

/// <summary>
/// An invented patient's chart written to a temp folder and really extracted, with a hand-built audit of it
/// (the audit stage is not under test here) and an auditor that hands both to the command.
/// </summary>
internal sealed class AppealChart : IChartAuditor, IDisposable
{
    private static readonly string[] CarePlan =
    [
        "CARE COORDINATION NOTE",
        "",
        "Coordination: sent the updated plan to Dr. Okafor (cardiology) by fax on 02/03/2026; BNP result returned 02/10.",
        "Community: enrolled in the county Meals on Wheels program starting 02/05/2026.",
        "Interventions: RN care manager calls every 2 weeks; PCP adjusts insulin at each visit.",
        "Time: 02/2026 CCM minutes - 18 phone, 9 coordination = 27 min.",
    ];

    private readonly TempFolder folder = new();

    public AppealChart(bool complete = true)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "chart"));
        PlanPath = folder.Write("chart/care_plan.md", string.Join('\n', CarePlan) + "\n");
        ClaimPath = folder.Write("claim.json", """
            {"claimNumber":"EX-9","patientName":"Ines Varga","patientId":"ZX-77","dateOfService":"2026-02-28","payer":"Example Plan",
             "payerAddress":"PO Box 1\nSpringfield","denialCode":"CCM06",
             "practice":{"name":"Birch Clinic","address":"1 Birch Road","phone":"555-0100"},"signer":{"name":"Ana Ruiz, NP","title":"Nurse Practitioner"}}
            """);
        Document = DefaultExtractors.CreateReader().Read(PlanPath, ExtractionOptions.Default);
        var found = new Dictionary<ElementLabel, int>
        {
            [ElementLabel.CareCoordination] = 3,
            [ElementLabel.CommunityResources] = 4,
            [ElementLabel.Interventions] = 5,
            [ElementLabel.TimeLog] = 6,
        };
        if (!complete)
        {
            found.Remove(ElementLabel.TimeLog);
        }

        var elements = ElementLabels.Checklist.Select(label => found.TryGetValue(label, out var line)
            ? new ElementFinding(label, ElementStatus.Present, 0.9, "specific", [Evidence(line)])
            : new ElementFinding(label, ElementStatus.Missing, 0, "not found", [])).ToList();
        ChartAudit = new CarePlanAudit("chart", [DocumentSummary.Of(Document)], elements, [], null, null, []);
    }

    public string Root => folder.Path;

    public string ChartPath => System.IO.Path.Combine(folder.Path, "chart");

    public string PlanPath { get; }

    public string ClaimPath { get; }

    public ExtractedDocument Document { get; }

    public CarePlanAudit ChartAudit { get; }

    public int Calls { get; private set; }

    public string File(string name) => folder.File(name);

    public AuditedChart Audit(string chart, CancellationToken cancellationToken)
    {
        Calls++;
        return new AuditedChart(ChartAudit, [Document], []);
    }

    public void Dispose() => folder.Dispose();

    private Evidence Evidence(int line)
    {
        var text = Document.Pages[0].Lines.Single(l => l.Number == line).Text;
        return new Evidence(Document.Path, 1, line, line, text, PageSource.Text, 0.9, Templated: false);
    }
}
