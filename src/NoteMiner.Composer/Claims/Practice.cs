namespace NoteMiner.Composer.Claims;

/// <summary>The practice that writes the appeal; its letterhead. Address lines are separated by newlines.</summary>
public sealed record Practice(string Name, string Address, string Phone);
