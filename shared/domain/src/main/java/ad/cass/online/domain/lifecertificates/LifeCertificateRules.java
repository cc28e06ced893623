package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.documents.FileFormat;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.CatalanFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a life certificate is valid and which campaign it counts for (seed 003 §3.1 and §3.2, issue 21). The
 * checks run in a fixed order, so the person hears about the first thing to fix: the issuer, then the date, then the
 * country, then the file. {@code today} is the day in Europe/Andorra ({@link CatalanFormat#ANDORRA}).
 */
public final class LifeCertificateRules {
    static final String ISSUER_NOT_VALID = "Aquest emissor no és vàlid per a la fe de vida: ha de ser un ajuntament o comú, "
            + "un registre civil, una comissaria de policia, un organisme de seguretat social o un notari.";
    static final String STAFF_ONLY = "La fe de vida presencial a la CASS o per videoconferència amb l'OVAC només la pot "
            + "registrar el personal de la CASS.";
    static final String BAD_DATE = "La data ha de tenir el format aaaa-mm-dd.";
    static final String FUTURE = "La data d'emissió del certificat de vida no pot ser posterior a avui.";
    static final String BEFORE_CAMPAIGN = "El certificat de vida està datat abans de l'inici de la campanya ({0}): no és vàlid.";
    static final String NOT_CAMPAIGN_MONTH = "El certificat de vida ha d'estar datat al maig o al novembre.";
    static final String BAD_COUNTRY = "El país ha de ser un codi ISO 3166 de dues lletres majúscules (per exemple, FR).";
    static final String BAD_SIZE = "El fitxer ha de tenir entre 1 byte i {0} MB.";
    static final String BAD_CONTENT = "El contingut del fitxer no és un PDF, un JPEG ni un PNG.";
    static final String TYPE_MISMATCH = "El tipus declarat del fitxer ({0}) no correspon al contingut ({1}).";
    static final String NOT_ASKED = "La CASS no us ha demanat cap fe de vida.";

    /** A certificate that passed every check. */
    public record Accepted(IssuerType issuer, LocalDate issueDate, String country, Optional<FileFormat> format,
                           List<Campaign> countsFor, boolean forMissedCampaign) {
    }

    private final LifeCertificateSettings settings;
    private final CampaignCalendar calendar;
    private final PensionDecisions decisions;

    public LifeCertificateRules(LifeCertificateSettings settings) {
        this.settings = settings;
        this.calendar = new CampaignCalendar(settings);
        this.decisions = new PensionDecisions(settings);
    }

    /**
     * The certificate checked for this pensioner on {@code today}, or the first reason it is refused: 400 naming the
     * field, or 409 when the pension is closed for good or nobody asked a resident for proof.
     *
     * @param residentCheck the latest resident check this (resident) pensioner was drawn for, if any
     */
    public Accepted check(Submission s, Pensioner pensioner, PensionState state, Optional<Campaign> residentCheck,
                          LocalDate today, SubmittedBy by) {
        // decision (issue 21, DOMAIN.md "Outside the seeds"): after three years the pension is gone, whatever the paper
        // (closed on the record, or due to be and the scheduler has not got there yet: the date decides, not the run)
        if (state.status() == PensionState.Status.CLOSED || decisions.closeIfDue(state, today).isPresent()) {
            throw new Conflict(PensionDecisions.CLOSED);
        }
        IssuerType issuer = issuer(s.issuerType(), by);
        LocalDate issued = issueDate(s.issueDate(), today);
        List<Campaign> counts = countsFor(issued, pensioner, state, residentCheck, today);
        if (counts.isEmpty()) {
            refuseDate(issued, pensioner, state, residentCheck, today);
        }
        String country = country(s.country(), pensioner);
        // the in-person and video-call checks are the staff member's own word: no paper to attach
        Optional<FileFormat> format = issuer.staffOnly() && s.fileBytes() == 0 ? Optional.empty() : Optional.of(file(s));
        boolean forMissed = state.status() == PensionState.Status.SUSPENDED
                && counts.stream().anyMatch(c -> c.id().equals(state.missedCampaign()));
        return new Accepted(issuer, issued, country, format, counts, forMissed);
    }

    /**
     * The campaigns a certificate dated {@code issueDate} counts for, on {@code today}; none when it counts for none.
     * <ul>
     * <li>Abroad: the campaign under way (the latest whose month has begun), if the certificate is dated in its month
     * (seed 003 §3.2 "datat en els mesos de Maig i Novembre. Si es presenta abans ... no es considerarà vàlid").</li>
     * <li>A resident check: dated on or after its opening day (seed 003 §3.1; any month: CASS chose when to ask).</li>
     * <li>A pension suspended for a missed campaign: any certificate dated on or after that campaign's opening day
     * counts for it and reinstates. Decision (issue 21): it proves the person was alive after the check they missed;
     * holding out for the next May or November would withhold up to six more months for nothing. Peer funds accept
     * the late proof whenever it comes (DOMAIN.md "Outside the seeds").</li>
     * </ul>
     * A certificate dated in the future counts for nothing.
     */
    public List<Campaign> countsFor(LocalDate issueDate, Pensioner pensioner, PensionState state,
                                    Optional<Campaign> residentCheck, LocalDate today) {
        List<Campaign> counts = new ArrayList<>();
        if (issueDate.isAfter(today) || state.status() == PensionState.Status.CLOSED) {
            return counts;
        }
        if (state.status() == PensionState.Status.SUSPENDED) {
            Campaign missed = calendar.byId(state.missedCampaign());
            if (!issueDate.isBefore(missed.opensOn())) {
                counts.add(missed);
            }
        }
        Optional<Campaign> current = pensioner.resident() ? residentCheck.filter(c -> !today.isBefore(c.opensOn()))
                .filter(c -> !issueDate.isBefore(c.opensOn()))
                : Optional.of(calendar.abroadCampaignOn(today)).filter(c -> YearMonth.from(issueDate).equals(c.month()));
        current.filter(c -> counts.stream().noneMatch(k -> k.id().equals(c.id()))).ifPresent(counts::add);
        return counts;
    }

    private static IssuerType issuer(String name, SubmittedBy by) {
        IssuerType issuer = IssuerType.parse(name).filter(IssuerType::valid)
                .orElseThrow(() -> new InvalidInput("issuerType", ISSUER_NOT_VALID));
        if (issuer.staffOnly() && by != SubmittedBy.STAFF) {
            throw new InvalidInput("issuerType", STAFF_ONLY);
        }
        return issuer;
    }

    private static LocalDate issueDate(String value, LocalDate today) {
        LocalDate issued;
        try {
            issued = LocalDate.parse(value == null ? "" : value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("issueDate", BAD_DATE);
        }
        if (issued.isAfter(today)) {
            throw new InvalidInput("issueDate", FUTURE);
        }
        return issued;
    }

    /** Why a certificate counts for nothing: the most specific reason first. */
    private void refuseDate(LocalDate issued, Pensioner pensioner, PensionState state, Optional<Campaign> residentCheck,
                            LocalDate today) {
        Optional<LocalDate> earliest = pensioner.resident()
                ? residentCheck.filter(c -> !today.isBefore(c.opensOn())).map(Campaign::opensOn)
                : Optional.of(calendar.abroadCampaignOn(today).opensOn());
        if (state.status() == PensionState.Status.SUSPENDED) {
            LocalDate missed = calendar.byId(state.missedCampaign()).opensOn();
            earliest = Optional.of(earliest.filter(d -> d.isBefore(missed)).orElse(missed));
        }
        if (earliest.isEmpty()) {
            // seed 003 §3.1: a resident proves life when CASS asks ("És la CASS que li requereix prèviament")
            throw new Conflict(NOT_ASKED);
        }
        if (issued.isBefore(earliest.get())) {
            throw new InvalidInput("issueDate", BEFORE_CAMPAIGN, CatalanFormat.date(earliest.get()));
        }
        // abroad, dated in the campaign under way but outside May and November (seed 003 §3.2)
        throw new InvalidInput("issueDate", NOT_CAMPAIGN_MONTH);
    }

    /**
     * Seed 003 §3.2 leaves the country to the issuer: required abroad (where else would it be from?), Andorra by
     * default for a resident. Decision (issue 21): it need not be the country of residence (a certificate from
     * the neighbouring country, or a resident's foreign one that comes with a change of address, seed 003 §3.1).
     */
    private static String country(String value, Pensioner pensioner) {
        if ((value == null || value.isBlank()) && pensioner.resident()) {
            return Countries.ANDORRA;
        }
        if (!Countries.isCode(value)) {
            throw new InvalidInput("country", BAD_COUNTRY);
        }
        return value;
    }

    /** Issue 21: PDF, JPEG or PNG by content, at most 10 MB, and the declared type, if any, must agree. */
    private FileFormat file(Submission s) {
        if (s.fileBytes() <= 0 || s.fileBytes() > settings.maxFileBytes()) {
            throw new InvalidInput("file", BAD_SIZE, settings.maxFileBytes() / (1024 * 1024));
        }
        FileFormat format = FileFormat.of(s.head()).orElseThrow(() -> new InvalidInput("file", BAD_CONTENT));
        if (s.contentType() != null && !s.contentType().isBlank()
                && FileFormat.named(s.contentType()).filter(format::equals).isEmpty()) {
            throw new InvalidInput("file", TYPE_MISMATCH, s.contentType(), format.contentType());
        }
        return format;
    }
}
