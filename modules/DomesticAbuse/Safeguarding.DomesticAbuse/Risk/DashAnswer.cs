namespace Safeguarding.DomesticAbuse.Risk;

public enum DashAnswer { Yes, No, NotKnown }
