namespace Safeguarding.Host.GraphQL;

public sealed class OneOffBankHolidayInputType() : RecordInputGraphType<OneOffBankHolidayInput>("OneOffBankHolidayInput");
