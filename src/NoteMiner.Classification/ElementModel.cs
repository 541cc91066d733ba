using Microsoft.ML;
using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier;

/// <summary>A fitted element model: the featurizer (options and vocabulary), the ML.NET transformer and the manifest.</summary>
public sealed class ElementModel
{
    internal ElementModel(MLContext context, ITransformer transformer, PassageFeaturizer featurizer, ModelManifest manifest)
    {
        Context = context;
        Transformer = transformer;
        Featurizer = featurizer;
        Manifest = manifest;
    }

    public ModelManifest Manifest { get; }

    public PassageFeaturizer Featurizer { get; }

    internal MLContext Context { get; }

    internal ITransformer Transformer { get; }
}
