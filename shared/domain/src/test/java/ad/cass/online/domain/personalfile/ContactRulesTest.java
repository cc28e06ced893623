package ad.cass.online.domain.personalfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.error.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17: contact data the file takes, and the 400 naming the field for what it refuses. */
class ContactRulesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "812345, +376812345",
            "+376 812 345, +376812345",
            "00376 355120, +376355120",
            "+34 600 123 456, +34600123456",
            "+33 6 12 34 56 78, +33612345678"})
    void aPhoneIsCheckedAgainstItsCountrysPlanAndKeptInE164(String written, String kept) {
        assertEquals(kept, ContactRules.phone(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12", "8123456789", "+376 8123456789", "+34 123", "telèfon", "+999 123456"})
    void aPhoneNoPlanKnowsIsRefused(String written) {
        assertEquals("phone", assertThrows(InvalidInput.class, () -> ContactRules.phone(written)).field());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"ad, ad 500, AD500", "AD, AD700, AD700", "fr, 66000, 66000", "ES, 25700, 25700"})
    void anAddressHasItsCountryAndAndorranPostcodeWrittenOneWay(String country, String postcode, String kept) {
        PostalAddress a = ContactRules.address(" Carrer Major, 1 ", postcode, "Poble", country);
        assertEquals(kept, a.postcode());
        assertEquals(country.toUpperCase(), a.country());
        assertEquals("Carrer Major, 1", a.street());
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {4}")
    @CsvSource(value = {
            "Carrer Major 1, AD800, Encamp, AD, address.postcode",
            "Carrer Major 1, 25700, Encamp, AD, address.postcode",
            "Carrer Major 1, AD200, Encamp, ZZ, address.country",
            "Carrer Major 1, AD200, Encamp, AND, address.country",
            ", AD200, Encamp, AD, address.street",
            "Carrer Major 1, , Encamp, AD, address.postcode",
            "Carrer Major 1, AD200, , AD, address.town",
            "Carrer Major 1, AD200, Encamp, , address.country"})
    void anIncompleteOrWrongAddressIsRefusedNamingThePart(String street, String postcode, String town, String country, String field) {
        assertEquals(field, assertThrows(InvalidInput.class, () -> ContactRules.address(street, postcode, town, country)).field());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"jordi@example.ad, true", " jordi@example.ad , true", "jordi@, false", "jordi example.ad, false", "@example.ad, false"})
    void anEmailHasTheFormOfOne(String written, boolean valid) {
        if (valid) {
            assertEquals(written.trim(), ContactRules.email("email", written));
        } else {
            assertEquals("email", assertThrows(InvalidInput.class, () -> ContactRules.email("email", written)).field());
        }
    }
}
