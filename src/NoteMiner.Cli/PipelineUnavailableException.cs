namespace NoteMiner.Cli;

/// <summary>A pipeline stage a command needs is missing from this build; exit code 3.</summary>
internal sealed class PipelineUnavailableException(string message) : Exception(message);
