using NoteMiner.Audit;
using NoteMiner.Composer.Citations;

namespace NoteMiner.Composer.Readiness;

/// <summary>When and how the plan was shared, backed by a verified quote; the letter states nothing more.</summary>
internal sealed record SharingCase(DateOnly? Date, SharingMethod? Method, bool? Agreed, Citation Citation);
