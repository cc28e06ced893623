package ad.cass.online.domain.person;

/** The accounts a person may act as after login (seed 000, §1.2.3 and §2.2.6). */
public enum ProfileType {
    OWN("own"),
    DEPENDANT("dependant"),
    SELF_EMPLOYED("self-employed"),
    HOUSEHOLD_EMPLOYER("household-employer"),
    /** A company the person administers (issue 22; seed 002 "empresa"). */
    COMPANY("company");

    private final String prefix;

    ProfileType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    static ProfileType of(DeclarantKind kind) {
        return switch (kind) {
            case SELF_EMPLOYED -> SELF_EMPLOYED;
            case HOUSEHOLD_EMPLOYER -> HOUSEHOLD_EMPLOYER;
            case COMPANY -> COMPANY;
        };
    }
}
