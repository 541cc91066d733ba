namespace NoteMiner.Fuzz;

/// <summary>An input that hurts a batch (see <see cref="FuzzTarget"/>); afl-fuzz records it as a crash.</summary>
internal sealed class FuzzFinding : Exception
{
    public FuzzFinding(string message)
        : base(message)
    {
    }

    public FuzzFinding(string message, Exception inner)
        : base(message, inner)
    {
    }
}
