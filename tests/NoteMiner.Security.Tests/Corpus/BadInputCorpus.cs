using System.Text;

namespace NoteMiner.Security.Tests.Corpus;

/// <summary>
/// Writes the bad-input corpus of SECURITY.md into a folder: broken, hostile and odd files of every supported
/// format, and folder entries that are not files. Everything is generated; nothing is committed.
/// </summary>
internal static class BadInputCorpus
{
    /// <summary>The name of the file whose odd name is the only thing odd about it.</summary>
    public const string OddNameText = "visit note – Zoë's \"copy\" (2).txt";

    /// <summary>The pages limit a run over the corpus uses, so the TIFF of hundreds of frames goes over it.</summary>
    public const int MaxPages = 100;

    /// <summary>
    /// Writes the corpus under <paramref name="folder"/>. External references point at <paramref name="trapUrl"/>
    /// (a loopback listener that must see no connection). <paramref name="unreadable"/> adds a file the
    /// reading process has no permission to read (chmod 000), when that can be enforced.
    /// </summary>
    public static IReadOnlyList<BadInput> Write(string folder, string trapUrl, bool unreadable)
    {
        Directory.CreateDirectory(folder);
        var inputs = new List<BadInput>();
        void Add(string name, byte[] bytes, BadInputOutcome outcome, string? kind, string what)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            inputs.Add(new BadInput(path, outcome, kind, what));
        }

        Add("empty.pdf", [], BadInputOutcome.Skipped, "empty", "0 bytes");
        Add("random.pdf", BinaryFiles.Random(1, 20_000), BadInputOutcome.Skipped, "formatMismatch", "random bytes named .pdf");
        Add("random.docx", BinaryFiles.Random(2, 20_000), BadInputOutcome.Skipped, "formatMismatch", "random bytes named .docx");
        Add("random.png", BinaryFiles.Random(3, 20_000), BadInputOutcome.Skipped, "formatMismatch", "random bytes named .png");
        Add("garbage-after-header.pdf", [.. "%PDF-1.7\n"u8, .. BinaryFiles.Random(4, 20_000)], BadInputOutcome.Skipped, "corrupt", "a PDF header and random bytes");
        Add("bad name with spaces, 'quotes' \"and\" Zoë Ångström.pdf", BinaryFiles.Random(5, 1_000), BadInputOutcome.Skipped, "formatMismatch", "an odd name on random bytes");
        Add(OddNameText, Encoding.UTF8.GetBytes("Visit note of 03/02/2026.\nBlood pressure 128/80.\n"), BadInputOutcome.Read, null, "an odd name on a good file");

        var threePages = HandPdf.Text(["Visit note page 1: blood pressure reviewed.", "Visit note page 2: medications reconciled.", "Visit note page 3: follow-up in four weeks."]);
        Add("truncated.pdf", threePages[..(threePages.Length * 6 / 10)], BadInputOutcome.PartlyRead, "corrupt", "a PDF cut at 60 % (its trailer is rebuilt)");
        Add("broken-xref.pdf", HandPdf.Text(["Cross-reference table lies; the objects do not."], lyingXref: true), BadInputOutcome.Read, null, "a cross-reference table whose offsets are all wrong (rebuilt by scanning)");
        Add("encrypted-owner-only.pdf", HandPdf.Text(["Owner password only; opens without one."], new PdfEncryption("", "owner-secret")), BadInputOutcome.Read, null, "encrypted with an owner password only");
        Add("encrypted-user-password.pdf", HandPdf.Text(["Needs a password to open."], new PdfEncryption("user-secret", "owner-secret")), BadInputOutcome.Skipped, "encrypted", "encrypted with a user password");
        Add("cyclic-page-tree.pdf", PdfAbuse.CyclicPageTree(), BadInputOutcome.Read, null, "a page tree that contains itself (each page is read once)");
        Add("5000-pages.pdf", PdfAbuse.ManyPages(5_000), BadInputOutcome.Skipped, "limitExceeded", "5,000 pages");
        Add("deep-nesting.pdf", PdfAbuse.DeepNesting(50_000), BadInputOutcome.Skipped, "limitExceeded", "arrays nested 50,000 deep");
        Add("deep-dictionaries.pdf", PdfAbuse.DeepNesting(50_000, dictionaries: true), BadInputOutcome.Skipped, "limitExceeded", "dictionaries nested 50,000 deep (PdfPig's stack overflows past ~10,000)");
        Add("flate-bomb.pdf", PdfAbuse.FlateBomb(300), BadInputOutcome.Skipped, "limitExceeded", "a content stream that inflates to 300 MB");
        Add("deep-content.pdf", PdfAbuse.DeepContent(50_000), BadInputOutcome.Skipped, "corrupt", "a content stream nested 50,000 deep");

        Add("zip-bomb.docx", DocxFiles.ZipBomb(150), BadInputOutcome.Skipped, "limitExceeded", "a part that inflates to 150 MB");
        Add("external-relationships.docx", DocxFiles.ExternalRelationships(trapUrl, "Linked template and image are never fetched."), BadInputOutcome.Read, null, "external relationships");
        Add("macro-renamed.docx", DocxFiles.MacroEnabled("This document carries a macro."), BadInputOutcome.Skipped, "unsupported", "a .docm renamed .docx");
        Add("external-entity.docx", DocxFiles.ExternalEntity(trapUrl), BadInputOutcome.Skipped, "corrupt", "an XML external entity");

        Add("huge-dimensions.png", BinaryFiles.PngHeader(30_000, 30_000), BadInputOutcome.Skipped, "limitExceeded", "a 30,000 × 30,000 PNG header");
        Add("many-frames.tiff", BinaryFiles.MultiPageTiff(300), BadInputOutcome.PartlyRead, "limitExceeded", $"300 TIFF frames, over a limit of {MaxPages}");

        var loop = Path.Combine(folder, "loop");
        Directory.CreateDirectory(loop);
        File.CreateSymbolicLink(Path.Combine(loop, "again"), "..");
        inputs.Add(new BadInput(Path.Combine(loop, "again"), BadInputOutcome.NotADocument, null, "a symbolic link loop"));

        var dangling = Path.Combine(folder, "dangling-link.pdf");
        File.CreateSymbolicLink(dangling, Path.Combine(folder, "no-such-target.pdf"));
        inputs.Add(new BadInput(dangling, BadInputOutcome.Skipped, "unreadable", "a symbolic link to nothing"));

        var (loopA, loopB) = (Path.Combine(folder, "link-loop-a.pdf"), Path.Combine(folder, "link-loop-b.pdf"));
        File.CreateSymbolicLink(loopA, loopB);
        File.CreateSymbolicLink(loopB, loopA);
        inputs.Add(new BadInput(loopA, BadInputOutcome.Skipped, "unreadable", "two file links pointing at each other"));
        inputs.Add(new BadInput(loopB, BadInputOutcome.Skipped, "unreadable", "two file links pointing at each other"));

        var fifo = Path.Combine(folder, "named-pipe.txt");
        if (MakeFifo(fifo))
        {
            inputs.Add(new BadInput(fifo, BadInputOutcome.Skipped, null, "a named pipe (reading it would block forever)"));
        }

        if (unreadable && !OperatingSystem.IsWindows())
        {
            Add("unreadable.txt", "Nobody may read this.\n"u8.ToArray(), BadInputOutcome.Skipped, "unreadable", "no read permission");
            File.SetUnixFileMode(Path.Combine(folder, "unreadable.txt"), UnixFileMode.None);
        }

        return inputs;
    }

    private static bool MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false });
        mkfifo?.WaitForExit();
        return mkfifo?.ExitCode == 0;
    }
}
