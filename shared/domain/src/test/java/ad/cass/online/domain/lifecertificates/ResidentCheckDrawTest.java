package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 §3.1 "Control aleatori quan la CASS ho determina": a configurable share of residents, drawn
 * reproducibly from a seed value (issue 21).
 */
class ResidentCheckDrawTest {
    static final List<CassNumber> PEOPLE = IntStream.range(0, 10_000)
            .mapToObj(i -> CassNumber.of(String.format("%06d%c", 100_000 + i * 37 % 900_000, (char) ('A' + i % 26)))).toList();

    static ResidentCheckDraw draw(double share, long seed) {
        LifeCertificateSettings d = LifeCertificateSettings.defaults();
        return new ResidentCheckDraw(new LifeCertificateSettings(d.deadlineMonthsAfter(), d.reminderDaysBefore(),
                d.closeAfterYears(), d.maxFileBytes(), share, seed));
    }

    static Campaign check(String month) {
        return new CampaignCalendar(LifeCertificateSettings.defaults()).residentCheck(YearMonth.parse(month));
    }

    static Set<String> selected(ResidentCheckDraw draw, Campaign campaign, List<CassNumber> people) {
        Set<String> chosen = new TreeSet<>();
        people.stream().filter(p -> draw.selected(campaign, p)).forEach(p -> chosen.add(p.value()));
        return chosen;
    }

    @Test
    void theSameSeedDrawsTheSamePeopleWhateverTheOrder() {
        // issue 21: reproducible from the seed, independent of paging order and of which run asks
        List<CassNumber> shuffled = new ArrayList<>(PEOPLE);
        Collections.shuffle(shuffled, new Random(7));
        Set<String> first = selected(draw(0.05, 2026), check("2026-12"), PEOPLE);
        assertEquals(first, selected(draw(0.05, 2026), check("2026-12"), shuffled));
        assertEquals(first, mergedHalves(shuffled));
        assertFalse(first.isEmpty());
    }

    /** Drawing in two pages, as two runs would, gives the one set. */
    static Set<String> mergedHalves(List<CassNumber> shuffled) {
        Set<String> both = new TreeSet<>(selected(draw(0.05, 2026), check("2026-12"), shuffled.subList(0, 5_000)));
        both.addAll(selected(draw(0.05, 2026), check("2026-12"), shuffled.subList(5_000, 10_000)));
        return both;
    }

    @Test
    void anotherSeedOrAnotherCheckDrawsOthers() {
        Set<String> first = selected(draw(0.05, 2026), check("2026-12"), PEOPLE);
        assertNotEquals(first, selected(draw(0.05, 2027), check("2026-12"), PEOPLE));
        assertNotEquals(first, selected(draw(0.05, 2026), check("2027-06"), PEOPLE));
    }

    @ParameterizedTest(name = "share {0}, seed {1}: {0} of 10,000 within ±1.5 points")
    @CsvSource(delimiter = '|', value = {
            // issue 21: "a configurable share", e.g. 5 %
            "0.05 | 0", "0.05 | 2026", "0.05 | -9", "0.10 | 1", "0.50 | 1"})
    void theShareIsMetOnAverage(double share, long seed) {
        int n = selected(draw(share, seed), check("2026-12"), PEOPLE).size();
        assertTrue(Math.abs(n / 10_000.0 - share) <= 0.015, n + " selected");
    }

    @ParameterizedTest(name = "share {0}: {1} of 10,000")
    @CsvSource(delimiter = '|', value = {"0 | 0", "1 | 10000"})
    void noneOrAll(double share, int expected) {
        assertEquals(expected, selected(draw(share, 5), check("2026-12"), PEOPLE).size());
    }

    @ParameterizedTest(name = "{0} pensioner in {1}: concerned {2}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §3.2: the campaign abroad concerns those who do not reside in Andorra
            "FR | 2026-11    | 1 | true",
            "AD | 2026-11    | 1 | false",
            // seed 003 §3.1: a resident check concerns the residents drawn; share 1 draws all, 0 none
            "AD | CV-2026-12 | 1 | true",
            "AD | CV-2026-12 | 0 | false",
            "ES | CV-2026-12 | 1 | false"})
    void whoACampaignConcerns(String country, String campaignId, double share, boolean concerned) {
        Pensioner p = new Pensioner(CassNumber.of("123456A"), country, 100_00, false, Language.CA);
        Campaign c = new CampaignCalendar(LifeCertificateSettings.defaults()).byId(campaignId);
        assertEquals(concerned, draw(share, 1).concerns(c, p));
    }
}
