using NoteMiner.Composer.Templates;
using NoteMiner.Composer.Tests.Fixtures;

namespace NoteMiner.Composer.Tests;

/// <summary>
/// A practice's template that fails while rendering is reported on stderr with its line; the report must not carry
/// the patient's name or ID that the failing expression was working on.
/// </summary>
public sealed class TemplatePrivacyTests
{
    [Theory]
    [InlineData("{{ claim.patient_name | math.round }}")]
    [InlineData("{{ claim.patient_name.first_name }}")]
    [InlineData("{{ for x in claim.patient_name }}{{ x.y }}{{ end }}")]
    [InlineData("{{ claim.patient_name | regex.match '(' }}")]
    [InlineData("{{ claim.patient_name | string.slice 1 'two' }}")]
    public void Should_NameTheLineButNotThePatient_When_ATemplateFailsOnPatientData(string text)
    {
        var template = LetterTemplate.Parse(text, "practice.scriban");

        var error = Record.Exception(() => GoldenCase.Composer().Compose(GoldenCase.Load("001-ccm02-complete").Request() with { Template = template }));

        var message = Assert.IsType<AppealInputException>(error).Message;
        Assert.Contains("line 1", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Marta", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Quill", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1EG4", message, StringComparison.OrdinalIgnoreCase);
    }
}
