using Microsoft.ML;
using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier;

/// <summary>
/// A fitted element model: the featurizer (options and vocabulary), the ML.NET transformer, the manifest, and the
/// negation model that reads the same features (absent in models trained without it).
/// </summary>
public sealed class ElementModel
{
    internal ElementModel(MLContext context, ITransformer transformer, PassageFeaturizer featurizer, ModelManifest manifest, NegationModel? negation = null)
    {
        Context = context;
        Transformer = transformer;
        Featurizer = featurizer;
        Manifest = manifest;
        Negation = negation;
    }

    public ModelManifest Manifest { get; }

    public NegationModel? Negation { get; }

    public PassageFeaturizer Featurizer { get; }

    internal MLContext Context { get; }

    internal ITransformer Transformer { get; }
}
