namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextualPictureGraphType : RecordGraphType<ContextualPicture>
{
    public ContextualPictureGraphType() : base("ContextualSafeguarding",
        "Adults of concern and locations linked to two or more young people in the window, with the links.")
    {
        ShownAs<LinkedAdultGraphType>(x => x.Adults, 10);
        ShownAs<LinkedLocationGraphType>(x => x.Locations, 10);
    }
}
