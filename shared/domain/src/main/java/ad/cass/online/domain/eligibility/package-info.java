/**
 * Seed 003 §4: the two regimes that spare a person money at the provider. The third-party payer (§4.1 "TERCER
 * PAGADOR": CASS pays the provider directly and the person pays only their share) and the reimbursement up to 100 %
 * (§4.2 "REEMBORSAMENT FINS AL 100%"). Pure rules over what CASS records about a person ({@link
 * ad.cass.online.domain.eligibility.SocialSituation}); the law's ages, degree and dates come from
 * {@link ad.cass.online.domain.eligibility.EligibilityParameters}, never literals in the rules, and each answer carries
 * its reasons in Catalan for the person.
 */
package ad.cass.online.domain.eligibility;
