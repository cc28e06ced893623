/**
 * Issue 19, the pension simulators: invalidity (seed 003 §1), the non-contributory complement (seed 003 §2.1) and
 * retirement (seed 000 §2.2.1 "Simulador de pensions"). Pure rules: the law's numbers come from
 * {@link ad.cass.online.domain.simulations.PensionParameters} by effective date, money is long cents computed exactly
 * with BigDecimal and rounded half-up to the cent once, at the end, and each outcome carries its reasons in Catalan
 * for the person.
 */
package ad.cass.online.domain.simulations;
