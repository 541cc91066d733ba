namespace NoteMiner.Composer.Claims;

/// <summary>Who signs the appeal.</summary>
public sealed record Signer(string Name, string Title);
