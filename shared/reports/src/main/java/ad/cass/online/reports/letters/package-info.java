/**
 * The certificates CASS issues as letters (seeds 001/002, "El certificats següents": the health coverage certificate,
 * the student certificates under 25 and from 25 to 30; issue 20): {@link ad.cass.online.reports.letters.CertificateLetter}
 * on A4 with the extracts' header band and, on every page, the verification code and its QR code; in Catalan,
 * Spanish, French or English, the words kept side by side in {@code texts.tsv}.
 */
package ad.cass.online.reports.letters;
