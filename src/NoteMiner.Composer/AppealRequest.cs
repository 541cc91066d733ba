using NoteMiner.Audit;
using NoteMiner.Composer.Claims;
using NoteMiner.Composer.Denials;
using NoteMiner.Composer.Templates;

namespace NoteMiner.Composer;

/// <summary>
/// One appeal to compose: the chart's audit, the documents it was made from (quotes are verified against them),
/// the claim and the denial code.
/// </summary>
public sealed record AppealRequest(
    CarePlanAudit Audit,
    IReadOnlyList<ExtractedDocument> Documents,
    AppealClaim Claim,
    DenialCode Code)
{
    /// <summary>The practice's own template; null for the built-in template of <see cref="Code"/>.</summary>
    public LetterTemplate? Template { get; init; }

    /// <summary>Write the letter even when the chart has gaps, citing only what it shows.</summary>
    public bool Force { get; init; }
}
