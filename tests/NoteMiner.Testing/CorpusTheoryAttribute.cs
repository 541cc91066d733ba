using Xunit;

namespace NoteMiner.Testing;

/// <summary>A theory that needs the shared public corpus and skips cleanly without it.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (RepoPaths.Corpus is null)
        {
            Skip = "../shared/corpus is absent";
        }
    }
}
