using Xunit;

namespace NoteMiner.Testing;

/// <summary>A fact that needs the shared public corpus (<c>../shared/corpus</c>) and skips cleanly without it.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (RepoPaths.Corpus is null)
        {
            Skip = "../shared/corpus is absent";
        }
    }
}
