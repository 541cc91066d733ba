namespace NoteMiner.Audit.Boilerplate;

/// <summary>
/// Finds passages that recur nearly verbatim across charts without comparing all pairs: MinHash signatures,
/// LSH banding into buckets, and within a bucket each passage is verified (exact Jaccard on masked shingles)
/// against at most <see cref="AuditOptions.MaxBucketRepresentatives"/> representatives from other charts.
/// A template shared by thousands of charts thus costs one comparison per passage per band, not n².
/// </summary>
internal static class BoilerplateDetector
{
    private const int MaxLinksPerItem = 16;

    public static BoilerplateResult Detect(IReadOnlyList<TemplateItem> items, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        if (options.LshBands < 1 || options.MinHashCount % options.LshBands != 0)
        {
            throw new ArgumentException("MinHashCount must be a positive multiple of LshBands.", nameof(options));
        }

        var buckets = Bucket(items, options);
        var links = new List<TemplateLink>?[items.Count];
        var similarities = new Dictionary<long, double>();
        foreach (var band in buckets)
        {
            foreach (var members in band.Values)
            {
                if (members.Count > 1)
                {
                    Verify(items, members, similarities, links, options);
                }
            }
        }

        var result = links.Select(l => (IReadOnlyList<TemplateLink>)(l is null
            ? []
            : l.OrderByDescending(x => x.Similarity).ThenBy(x => x.OtherChart).ThenBy(x => x.OtherItem)
                .Take(MaxLinksPerItem).ToList())).ToList();
        return new BoilerplateResult(result, similarities.Count);
    }

    private static List<Dictionary<ulong, List<int>>> Bucket(IReadOnlyList<TemplateItem> items, AuditOptions options)
    {
        var hasher = new MinHasher(options.MinHashCount);
        var rows = options.MinHashCount / options.LshBands;
        var buckets = Enumerable.Range(0, options.LshBands).Select(_ => new Dictionary<ulong, List<int>>()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var signature = hasher.Signature(items[i].Shingles);
            for (var band = 0; band < options.LshBands; band++)
            {
                var key = MinHasher.BandKey(signature, band, rows);
                if (!buckets[band].TryGetValue(key, out var members))
                {
                    buckets[band][key] = members = [];
                }

                members.Add(i);
            }
        }

        return buckets;
    }

    private static void Verify(
        IReadOnlyList<TemplateItem> items,
        List<int> members,
        Dictionary<long, double> similarities,
        List<TemplateLink>?[] links,
        AuditOptions options)
    {
        var representatives = new List<int>();
        foreach (var member in members)
        {
            var matched = false;
            foreach (var representative in representatives)
            {
                if (items[representative].Chart == items[member].Chart)
                {
                    continue;
                }

                var key = ((long)Math.Min(member, representative) << 32) | (uint)Math.Max(member, representative);
                if (!similarities.TryGetValue(key, out var similarity))
                {
                    similarity = Shingler.Jaccard(items[member].Shingles, items[representative].Shingles);
                    similarities[key] = similarity;
                    if (similarity >= options.TemplatedSimilarity)
                    {
                        Link(links, items, member, representative, similarity);
                        Link(links, items, representative, member, similarity);
                    }
                }

                matched |= similarity >= options.TemplatedSimilarity;
            }

            if (!matched && representatives.Count < options.MaxBucketRepresentatives)
            {
                representatives.Add(member);
            }
        }
    }

    private static void Link(List<TemplateLink>?[] links, IReadOnlyList<TemplateItem> items, int from, int to, double similarity) =>
        (links[from] ??= []).Add(new TemplateLink(items[to].Chart, to, Math.Round(similarity, 2, MidpointRounding.AwayFromZero)));
}
