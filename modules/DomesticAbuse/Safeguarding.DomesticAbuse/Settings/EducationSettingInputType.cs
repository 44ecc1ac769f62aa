using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingInputType : InputObjectGraphType<EducationSettingInput>
{
    public EducationSettingInputType()
    {
        Name = "EducationSettingInput";
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<SettingPhase>>>("phase");
        Field(x => x.SubscribedToEncompass).Description("Whether the setting receives Operation Encompass notifications.");
        Field(x => x.KeyAdult).Description("The key adult's post or name, e.g. \"Designated safeguarding lead\".");
    }
}
