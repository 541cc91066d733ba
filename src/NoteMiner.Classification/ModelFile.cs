using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using NoteMiner.Classifier.Features;
using NoteMiner.Classifier.Training;

namespace NoteMiner.Classifier;

/// <summary>
/// Reads and writes a NoteMiner model: a zip holding <c>manifest.json</c> and the ML.NET model
/// (<c>element.mlnet</c>, itself ML.NET's zip format), the featurizer's n-gram vocabulary (<c>vocabulary.bin</c>)
/// and, when trained, the negation model's weights (<c>negation.bin</c>).
/// </summary>
public static class ModelFile
{
    private const string ManifestEntry = "manifest.json";
    private const string ModelEntry = "element.mlnet";
    private const string VocabularyEntry = "vocabulary.bin";
    private const string NegationEntry = "negation.bin";

    // Fixed entry times keep the outer zip's bytes independent of when it was written.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static void Save(ElementModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var mlnet = new MemoryStream();
        var schema = model.Context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), FeatureRow.Schema(model.Featurizer.Dimension)).Schema;
        model.Context.Model.Save(model.Transformer, schema, mlnet);
        using var vocabulary = new MemoryStream();
        model.Featurizer.Vocabulary.Write(vocabulary);
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        WriteEntry(zip, ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(model.Manifest, Json), CompressionLevel.Optimal);
        WriteEntry(zip, VocabularyEntry, vocabulary.ToArray(), CompressionLevel.Optimal);
        WriteEntry(zip, ModelEntry, mlnet.ToArray(), CompressionLevel.NoCompression);
        if (model.Negation is { } negation)
        {
            using var weights = new MemoryStream();
            negation.Write(weights);
            WriteEntry(zip, NegationEntry, weights.ToArray(), CompressionLevel.Optimal);
        }
    }

    /// <summary>Loads a model; throws <see cref="ClassificationModelException"/> when it is missing or unreadable.</summary>
    public static ElementModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new ClassificationModelException($"{path}: model not found");
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var manifest = JsonSerializer.Deserialize<ModelManifest>(ReadEntry(zip, ManifestEntry), Json)
                ?? throw new ClassificationModelException($"{path}: empty manifest");
            if (manifest.Schema != ModelManifest.CurrentSchema)
            {
                throw new ClassificationModelException($"{path}: model schema '{manifest.Schema}' is not {ModelManifest.CurrentSchema}");
            }

            using var vocabulary = new MemoryStream(ReadEntry(zip, VocabularyEntry));
            var featurizer = new PassageFeaturizer(manifest.Features, FeatureVocabulary.Read(vocabulary));
            var context = new MLContext(manifest.Seed);
            using var mlnet = new MemoryStream(ReadEntry(zip, ModelEntry));
            var transformer = context.Model.Load(mlnet, out _);
            NegationModel? negation = null;
            if (zip.GetEntry(NegationEntry) is not null)
            {
                using var weights = new MemoryStream(ReadEntry(zip, NegationEntry));
                negation = NegationModel.Read(weights, featurizer.Dimension);
            }

            return new ElementModel(context, transformer, featurizer, manifest, negation);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or JsonException or InvalidOperationException or FormatException)
        {
            throw new ClassificationModelException($"{path}: not a NoteMiner model ({e.GetType().Name})", e);
        }
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] bytes, CompressionLevel level)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"missing {name}");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
