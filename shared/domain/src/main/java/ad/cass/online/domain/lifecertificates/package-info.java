/**
 * Seed 003 §3 "FE DE VIDA" (issue 21): the proof of life of pensioners. Those who do not live in Andorra send a
 * certificate dated in May and in November (§3.2 "CONTROL FE DE VIDA"); residents are checked at random when CASS
 * decides (§3.1 "CONTROL VIVÈNCIA"). Pure rules, no I/O: which issuers and dates are valid ({@link
 * ad.cass.online.domain.lifecertificates.LifeCertificateRules}), the campaigns and their deadlines ({@link
 * ad.cass.online.domain.lifecertificates.CampaignCalendar}), who a resident check draws ({@link
 * ad.cass.online.domain.lifecertificates.ResidentCheckDraw}), what happens to the pension ({@link
 * ad.cass.online.domain.lifecertificates.PensionDecisions}) and what the scheduler owes each pensioner on a given day
 * ({@link ad.cass.online.domain.lifecertificates.CampaignPlan}). The seed gives no deadline, reminder or closure rule:
 * those follow DOMAIN.md "Outside the seeds" (CASS's public page and peer funds) and are configuration
 * ({@link ad.cass.online.domain.lifecertificates.LifeCertificateSettings}).
 */
package ad.cass.online.domain.lifecertificates;
