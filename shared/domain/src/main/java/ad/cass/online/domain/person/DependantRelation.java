package ad.cass.online.domain.person;

/** Why an indirect insured person is covered by a direct one (seed 004). */
public enum DependantRelation {
    SPOUSE_OR_PARTNER,
    CHILD_UNDER_18,
    CHILD_OF_SEPARATED_PARENTS,
    MINOR_IN_CARE,
    MINOR_UNDER_GUARDIANSHIP,
    ADULT_CHILD_CARING_FOR_SIBLINGS,
    GRANDCHILD,
    JUDICIALLY_INCAPACITATED,
    STUDENT_18_TO_25,
    JOB_SEEKER_18_TO_25
}
