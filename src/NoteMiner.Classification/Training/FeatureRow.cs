using Microsoft.ML;
using Microsoft.ML.Data;

namespace NoteMiner.Classifier.Training;

/// <summary>A passage as the ML.NET model reads it: its feature vector, and its label name when training.</summary>
public sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = "";

    /// <summary>The schema of rows whose feature vectors have <paramref name="dimension"/> slots.</summary>
    public static SchemaDefinition Schema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }
}
