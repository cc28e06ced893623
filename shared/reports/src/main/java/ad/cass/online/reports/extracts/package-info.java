/**
 * The extracts CASS issues to a person (seeds 001/002, "Els extractes següents": the extract of temporary-incapacity
 * extensions and payments, the income extract, the points extract, the working-life report; seed 000 §2.1.4 and
 * §2.2.1): each a {@link ad.cass.online.reports.TableReport} in the person's language (Catalan unless given another),
 * its words side by side in {@code texts.tsv}, written by the shared PDF and XLSX writers, with the verification code
 * and QR code on every page when issued as proof (issue 20).
 */
package ad.cass.online.reports.extracts;
