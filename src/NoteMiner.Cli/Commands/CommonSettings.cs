using System.ComponentModel;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>Options every command takes; the limits on untrusted input are in <c>CommonSettings.Limits.cs</c>.</summary>
internal partial class CommonSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("Print technical detail (stack traces) for failures. Never prints chart text.")]
    public bool Verbose { get; init; }
}
