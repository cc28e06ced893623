package ad.cass.online.domain.personalfile;

/**
 * A postal address of the personal file (seed 000 §2.2.1, "dades de contacte"). The country matters beyond
 * the post: a pensioner who lives abroad proves they are alive twice a year (seed 003 §3.2) and files a
 * change of address with the life certificate.
 *
 * @param country ISO 3166-1 alpha-2, {@code AD} for Andorra
 */
public record PostalAddress(String street, String postcode, String town, String country) {
}
