package ad.cass.online.domain.signin;

import ad.cass.online.domain.person.CassNumber;

/**
 * A CASS digital certificate (seed 002): a contract number and a password that let an employer or a
 * self-employed person act as one declarant. {@code holder} is the insured person who signed it.
 */
public record Contract(String number, CassNumber holder, String declarantNumber, String passwordHash) {
}
