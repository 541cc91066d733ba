namespace NoteMiner.Composer.Claims;

/// <summary>The denied claim an appeal answers, as read from CLAIM.json (see CONTRACT.md).</summary>
public sealed record AppealClaim(
    string ClaimNumber,
    string PatientName,
    string PatientId,
    DateOnly DateOfService,
    string Payer,
    string PayerAddress,
    string DenialCode,
    Practice Practice,
    Signer Signer);
