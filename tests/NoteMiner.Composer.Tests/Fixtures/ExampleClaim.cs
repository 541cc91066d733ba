using NoteMiner.Composer.Claims;

namespace NoteMiner.Composer.Tests.Fixtures;

/// <summary>The invented patient's denied claim.</summary>
internal static class ExampleClaim
{
    public const string Json = """
        {
          "claimNumber": "EX-2026-000417",
          "patientName": "Marta Quill",
          "patientId": "1EG4-TE5-MK72",
          "dateOfService": "2026-02-27",
          "payer": "Example Health Plan",
          "payerAddress": "Appeals and Redeterminations\nPO Box 4410\nSpringfield, IL 62701",
          "denialCode": "CCM02",
          "practice": { "name": "Elm Street Family Medicine", "address": "120 Elm Street, Suite 3\nSpringfield, IL 62704", "phone": "(217) 555-0142" },
          "signer": { "name": "Dana Whitcomb, MD", "title": "Attending Physician" }
        }
        """;

    public static AppealClaim For(string denialCode) =>
        AppealClaimReader.Parse(Json, "claim.json") with { DenialCode = denialCode };
}
