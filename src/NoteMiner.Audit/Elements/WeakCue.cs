using System.Text.RegularExpressions;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// Generic text that does not document an element (DESIGN.md's "NOT evidence" column), with the reason shown.
/// A <see cref="Veto"/> cue makes the passage weak however specific the rest of it is.
/// </summary>
internal sealed record WeakCue(Regex Pattern, string Reason, bool Veto = false);
