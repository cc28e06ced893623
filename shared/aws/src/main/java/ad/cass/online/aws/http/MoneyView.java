package ad.cass.online.aws.http;

import ad.cass.online.domain.format.CatalanFormat;

/**
 * An amount as the API gives it (openapi.yaml, Money): exact in integer cents for programs, and as the portal
 * writes it in Catalan ({@code 1.525,33 €}).
 */
public record MoneyView(long cents, String text) {
    public static MoneyView of(long cents) {
        return new MoneyView(cents, CatalanFormat.money(cents));
    }
}
