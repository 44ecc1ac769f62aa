namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordAdultOfConcernInput
{
    public string? Name { get; set; }
    public string? KnownAs { get; set; }
    public string? Notes { get; set; }
}
