namespace Safeguarding.Csa.Hsb;

public sealed class CsaHsbIncidentGraphType() : RecordGraphType<HsbIncident>("CsaHsbIncident",
    "A child's sexual behaviour, graded GREEN, AMBER or RED, with the response taken.", x => x.RecordedBy, x => x.RecordedAt);
