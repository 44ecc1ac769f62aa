namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextualPictureGraphType : RecordGraphType<ContextualPicture>
{
    public ContextualPictureGraphType() : base("ContextualSafeguarding",
        "Adults of concern and locations linked to two or more young people in the window, with the links.")
    {
        Rows(x => x.Adults, 10);
        Rows(x => x.Locations, 10);
    }
}
