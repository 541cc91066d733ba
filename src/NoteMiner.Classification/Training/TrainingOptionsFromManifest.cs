namespace NoteMiner.Classifier.Training;

/// <summary>Recovers the options a model was trained with, so cross-validation can refit the same pipeline.</summary>
public static class TrainingOptionsFromManifest
{
    public static TrainingOptions ToTrainingOptions(this ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return TrainingOptions.Default with
        {
            Seed = manifest.Seed,
            Trainer = TrainerKinds.TryParse(manifest.Trainer, out var kind) ? kind : TrainingOptions.Default.Trainer,
            Features = manifest.Features,
            HeaderFreeCopies = manifest.HeaderFreeCopies,
            L2Regularization = manifest.L2Regularization,
            Iterations = manifest.Iterations,
            NegationModel = manifest.NegationThreshold is not null,
        };
    }
}
