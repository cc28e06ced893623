package ad.cass.online.domain.personalfile;

/**
 * What a {@code PATCH /personal-file} asks to change, each part already checked ({@link ContactRules},
 * {@link Ibans}); null leaves that part as it is.
 */
public record FilePatch(String email, String phone, PostalAddress address, String iban) {
    public boolean isEmpty() {
        return email == null && phone == null && address == null && iban == null;
    }
}
