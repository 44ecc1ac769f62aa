namespace Safeguarding.Scrutiny.Recommendations;

public sealed class ScrutinyThemeGraphType : EnumerationGraphType<ScrutinyTheme> { public ScrutinyThemeGraphType() => Name = "ScrutinyTheme"; }
