package ad.cass.online.domain.doctors;

import java.util.List;

/**
 * A doctor of the directory a person chooses their referring doctor from (metge referent, seeds 001/002:
 * "L'assignació o canvi del metge referent").
 *
 * @param id                    the directory's code, e.g. {@code MR-0142}
 * @param name                  as shown, e.g. "Dr. Pere Soler Mas"
 * @param speciality            e.g. "Medicina general", "Pediatria"
 * @param parish                where the practice is: one of {@link #PARISHES}
 * @param acceptingNewPatients  whether a person may choose them now
 */
public record Doctor(String id, String name, String speciality, String parish, boolean acceptingNewPatients) {
    /** Andorra's seven parishes, in their official order. */
    public static final List<String> PARISHES = List.of("Canillo", "Encamp", "Ordino", "La Massana",
            "Andorra la Vella", "Sant Julià de Lòria", "Escaldes-Engordany");

    public Doctor {
        if (id == null || id.isBlank() || name == null || name.isBlank() || speciality == null || speciality.isBlank()) {
            throw new IllegalArgumentException("a doctor needs an id, a name and a speciality");
        }
        if (parish == null || !PARISHES.contains(parish)) {
            throw new IllegalArgumentException("not one of Andorra's seven parishes: " + parish);
        }
    }
}
