namespace NoteMiner.Security.Tests.Corpus;

/// <summary>What a run must make of a <see cref="BadInput"/>.</summary>
internal enum BadInputOutcome
{
    /// <summary>Exactly one diagnostic line, and no pages.</summary>
    Skipped,

    /// <summary>Exactly one diagnostic line for the file, and some pages.</summary>
    PartlyRead,

    /// <summary>Damaged or odd but readable: pages, and no diagnostic line.</summary>
    Read,

    /// <summary>Not a document (a folder entry): exactly one diagnostic line, and no document.</summary>
    NotADocument,
}
