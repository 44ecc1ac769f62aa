namespace Safeguarding.Funding.Years;

public enum YearStatus { Open, Closed }
