using NoteMiner.Composer;

namespace NoteMiner.Cli.Batch;

/// <summary>Writes a report to its file (atomically, never over an input) or, with no file, to stdout.</summary>
internal static class ReportOutput
{
    public static void Write(string? path, Action<Stream> write, IReadOnlyList<string> inputs)
    {
        if (path is null)
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        OutputFile.Write(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), inputs);
    }

    public static void WriteText(string? path, Action<TextWriter> write, IReadOnlyList<string> inputs) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
            write(writer);
            writer.Flush();
        }, inputs);
}
