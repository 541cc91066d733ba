using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Sharing;

public sealed class PlanSharingTests
{
    [Theory]
    [InlineData("Care plan shared via patient portal (MyChart) on 03/04/2026", SharingMethod.Portal)]
    [InlineData("Printed copy of care plan given to patient 03/04/2026", SharingMethod.Paper)]
    [InlineData("Copy of care plan handed to daughter at visit 03/04/2026", SharingMethod.Paper)]
    [InlineData("Copy of care plan mailed to patient 03/04/2026", SharingMethod.Mail)]
    [InlineData("Care plan emailed to daughter Anna 03/04/2026", SharingMethod.Email)]
    [InlineData("Care plan faxed to patient's assisted living 03/04/2026", SharingMethod.Fax)]
    [InlineData("Care plan reviewed verbally by phone with patient 03/04/2026", SharingMethod.Verbal)]
    public void Should_FindMethodAndDate_When_PlanWasShared(string text, SharingMethod method)
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add(text, PlanShared));

        var sharing = audit.PlanShared;
        Assert.NotNull(sharing);
        Assert.Equal(method, sharing.Method);
        Assert.Equal(new DateOnly(2026, 3, 4), sharing.Date);
        Assert.Equal(text, sharing.Evidence.Text);
        Assert.Equal(ElementStatus.Present, audit[PlanShared].Status);
    }

    [Theory]
    [InlineData("Care plan reviewed with patient by phone; patient verbalized agreement", true)]
    [InlineData("Care plan given to patient, who agrees with the plan", true)]
    [InlineData("Care plan printed and signed by patient", true)]
    [InlineData("Care plan reviewed with patient; patient disagrees with insulin start", false)]
    [InlineData("Copy of care plan mailed; patient declined to discuss", false)]
    [InlineData("Copy of care plan given to patient", null)]
    public void Should_ReadAgreement_When_StatedOrNot(string text, bool? agreed)
    {
        var sharing = Audits.Of(new ChartBuilder("H01").Add(text, PlanShared)).PlanShared;

        Assert.NotNull(sharing);
        Assert.Equal(agreed, sharing.Agreed);
    }

    [Theory]
    [InlineData("Copy of care plan available on request", ElementStatus.Missing)]
    [InlineData("Care plan will be shared at next visit", ElementStatus.Missing)]
    [InlineData("Care plan to be mailed to patient", ElementStatus.Missing)]
    [InlineData("Care plan faxed to Dr. Patel at cardiology 03/04/2026", ElementStatus.Weak)]
    public void Should_FindNoSharing_When_PlanWasOnlyOfferedOrSentToAProvider(string text, ElementStatus status)
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add(text, PlanShared));

        Assert.Null(audit.PlanShared);
        Assert.Equal(status, audit[PlanShared].Status);
    }

    [Fact]
    public void Should_BeNull_When_NothingIsSaidAboutSharing()
    {
        Assert.Null(Audits.Of(new ChartBuilder("H01").Add("A1c < 8% by 09/2026", Goals)).PlanShared);
    }

    [Fact]
    public void Should_PickTheLatest_When_PlanWasSharedTwice()
    {
        var sharing = Audits.Of(new ChartBuilder("H01")
            .Add("Care plan uploaded to MyChart 03/04/2026", PlanShared)
            .Add("Printed copy of care plan given to patient 01/10/2026; patient agrees", PlanShared)).PlanShared;

        Assert.Equal(SharingMethod.Portal, sharing?.Method);
        Assert.Equal(new DateOnly(2026, 3, 4), sharing?.Date);
    }

    [Fact]
    public void Should_PickTheMostComplete_When_TwoMentionsShareADate()
    {
        var sharing = Audits.Of(new ChartBuilder("H01")
            .Add("Care plan shared with patient 03/04/2026", PlanShared)
            .Add("Care plan reviewed by phone 03/04/2026; patient agrees", PlanShared)).PlanShared;

        Assert.Equal(SharingMethod.Verbal, sharing?.Method);
        Assert.True(sharing?.Agreed);
    }

    [Fact]
    public void Should_DateTheSharingByItsNote_When_TheTextHasNoDate()
    {
        var sharing = Audits.Of(new ChartBuilder("H01").Document("H01/2026-03-04_ccm.txt")
            .Add("Copy of care plan mailed to patient", Other)).PlanShared;

        Assert.Equal(new DateOnly(2026, 3, 4), sharing?.Date);
        Assert.Equal(SharingMethod.Mail, sharing?.Method);
    }
}
