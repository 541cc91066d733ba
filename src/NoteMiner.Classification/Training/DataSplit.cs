using System.Security.Cryptography;
using System.Text;
using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier.Training;

/// <summary>
/// The fixed held-out split and the cross-validation folds. An example's place depends only on its label and
/// normalised text (a hash), so the split is the same on every machine and stays put as data is added.
/// </summary>
public static class DataSplit
{
    /// <summary>The share of examples held out from training, in hundredths.</summary>
    public const int HeldOutPercent = 20;

    public static bool IsHeldOut(TrainingExample example) => Bucket(example, "held-out") % 100 < HeldOutPercent;

    /// <summary>The fold (0 to <paramref name="folds"/>−1) of a training example in cross-validation.</summary>
    public static int Fold(TrainingExample example, int folds) => (int)(Bucket(example, "fold") % (ulong)folds);

    /// <summary>Splits a set into the examples to train on and the held-out examples.</summary>
    public static (IReadOnlyList<TrainingExample> Train, IReadOnlyList<TrainingExample> HeldOut) Split(IReadOnlyList<TrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var train = new List<TrainingExample>();
        var heldOut = new List<TrainingExample>();
        foreach (var example in examples)
        {
            (IsHeldOut(example) ? heldOut : train).Add(example);
        }

        return (train, heldOut);
    }

    private static ulong Bucket(TrainingExample example, string purpose)
    {
        var key = Encoding.UTF8.GetBytes($"{purpose}\n{example.Label.ToName()}\n{FeatureText.Normalize(example.Text, foldOcr: false)}");
        return BitConverter.ToUInt64(SHA256.HashData(key), 0);
    }
}
