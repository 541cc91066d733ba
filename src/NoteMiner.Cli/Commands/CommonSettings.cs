using System.ComponentModel;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>Options every command takes.</summary>
internal class CommonSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("Print technical detail (stack traces) for failures. Never prints chart text.")]
    public bool Verbose { get; init; }
}
