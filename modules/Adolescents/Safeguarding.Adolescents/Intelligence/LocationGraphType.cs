namespace Safeguarding.Adolescents.Intelligence;

public sealed class LocationGraphType() : RecordGraphType<Location>("AdolescentLocation",
    "A place linked to young people at risk. Held only in the Adolescents module.", x => x.RecordedAt);
