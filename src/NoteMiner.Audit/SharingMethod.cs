namespace NoteMiner.Audit;

/// <summary>How the care plan reached the patient or caregiver. JSON names are lower case.</summary>
public enum SharingMethod
{
    Portal,
    Paper,
    Mail,
    Email,
    Fax,
    Verbal,
}
