namespace NoteMiner.Audit.Boilerplate;

/// <summary>One passage entered into boilerplate detection: its chart and its masked shingles.</summary>
internal sealed record TemplateItem(int Chart, int Passage, ulong[] Shingles);
