using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingGraphType : ObjectGraphType<EducationSetting>
{
    public EducationSettingGraphType()
    {
        Name = "EducationSetting";
        Description = "A school or early years setting (reference data).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<SettingPhase>>>("phase").Resolve(c => c.Source.Phase);
        Field(x => x.SubscribedToEncompass);
        Field(x => x.KeyAdult);
        Field(x => x.RetiredOn, nullable: true).Description("The day the setting closed or left; null while it is open.");
    }
}
