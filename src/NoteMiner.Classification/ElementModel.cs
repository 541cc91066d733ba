using Microsoft.ML;

namespace NoteMiner.Classifier;

/// <summary>A fitted element model: the ML.NET transformer, its input schema and its manifest.</summary>
public sealed class ElementModel
{
    internal ElementModel(MLContext context, ITransformer transformer, DataViewSchema inputSchema, ModelManifest manifest)
    {
        Context = context;
        Transformer = transformer;
        InputSchema = inputSchema;
        Manifest = manifest;
    }

    public ModelManifest Manifest { get; }

    internal MLContext Context { get; }

    internal ITransformer Transformer { get; }

    internal DataViewSchema InputSchema { get; }
}
