using System.Reflection;
using System.Security.Cryptography;

namespace NoteMiner.Pipeline;

/// <summary>
/// Identifies the code of a set of assemblies by their module version ids. Builds are deterministic, so the ids
/// change exactly when the compiled code does: a cache keyed by them never serves results of other code.
/// </summary>
public static class CodeVersion
{
    public static string Of(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var ids = assemblies.Select(a => a.GetName().Name + ":" + a.ManifestModule.ModuleVersionId.ToString("N"))
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", ids))))[..16];
    }

    /// <summary>SHA-256 of a file's bytes, lower-case hex (e.g. a model file, as its cache id).</summary>
    public static string OfFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
