namespace NoteMiner.Pipeline.Batch;

/// <summary>What a batch did: documents in all, analysed now, served from the cache, and wall time per stage.</summary>
public sealed record BatchStatistics(int Documents, int Analyzed, int FromCache, TimeSpan AnalysisTime, TimeSpan AuditTime);
