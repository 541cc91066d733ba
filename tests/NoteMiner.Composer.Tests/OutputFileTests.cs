using NoteMiner.Testing;

namespace NoteMiner.Composer.Tests;

public sealed class OutputFileTests
{
    [Fact]
    public void Should_ReplaceTheFileWholeAndLeaveNoTemporaryFile_When_Written()
    {
        using var folder = new TempFolder();
        var path = folder.Write("appeal.md", "old letter");

        OutputFile.Write(path, "new letter"u8, [folder.File("chart/care_plan.pdf")]);

        Assert.Equal("new letter", File.ReadAllText(path));
        Assert.Equal(["appeal.md"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_RefuseToOverwriteAnInput_When_TheOutputIsAnInputFile()
    {
        using var folder = new TempFolder();
        var input = folder.Write("care_plan.md", "chart text");

        var error = Assert.Throws<AppealInputException>(() => OutputFile.Write(Path.Combine(folder.Path, ".", "care_plan.md"), "letter"u8, [input]));

        Assert.Contains("input", error.Problem, StringComparison.Ordinal);
        Assert.Equal("chart text", File.ReadAllText(input));
    }

    [Fact]
    public void Should_RefuseToOverwriteAnInput_When_TheOutputLinksToIt()
    {
        using var folder = new TempFolder();
        var input = folder.Write("care_plan.md", "chart text");
        var link = folder.File("appeal.md");
        File.CreateSymbolicLink(link, input);

        Assert.Throws<AppealInputException>(() => OutputFile.Write(link, "letter"u8, [input]));
        Assert.Equal("chart text", File.ReadAllText(input));
    }

    [Fact]
    public void Should_SayWhatIsWrong_When_TheFolderDoesNotExist()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<AppealInputException>(() => OutputFile.Write(folder.File("no/such/appeal.md"), "x"u8, []));

        Assert.Contains("folder does not exist", error.Problem, StringComparison.Ordinal);
    }
}
