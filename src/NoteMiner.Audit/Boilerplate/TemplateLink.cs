namespace NoteMiner.Audit.Boilerplate;

/// <summary>A passage in another chart that is the same template, with the Jaccard similarity of their shingles.</summary>
internal sealed record TemplateLink(int OtherChart, int OtherItem, double Similarity);
