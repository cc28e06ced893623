package ad.cass.online.aws.doctors;

import ad.cass.online.domain.doctors.Doctor;
import ad.cass.online.domain.doctors.DoctorAssignment;
import java.util.List;
import java.util.Optional;

/** The referring-doctor routes as JSON (openapi.yaml: ReferringDoctor, DoctorPeriod, DirectoryDoctor). */
public final class DoctorViews {
    private DoctorViews() {
    }

    /** {@code to} absent while the period lasts. */
    public record PeriodView(String doctorId, String doctorName, String speciality, String from, String to) {
        public static PeriodView of(DoctorAssignment a) {
            return new PeriodView(a.doctorId(), a.doctorName(), a.speciality(), a.from().toString(),
                    a.to() == null ? null : a.to().toString());
        }

        public static List<PeriodView> of(List<DoctorAssignment> periods) {
            return periods.stream().map(PeriodView::of).toList();
        }
    }

    public record DirectoryDoctorView(String id, String name, String speciality, String parish) {
        static DirectoryDoctorView of(Doctor d) {
            return new DirectoryDoctorView(d.id(), d.name(), d.speciality(), d.parish());
        }
    }

    /** Today's doctor, the change that takes effect tomorrow, and whom one may choose. */
    public record ReferringDoctorView(PeriodView current, PeriodView pending, List<DirectoryDoctorView> choices) {
        public static ReferringDoctorView of(Optional<DoctorAssignment> current, Optional<DoctorAssignment> pending,
                                             List<Doctor> choices) {
            return new ReferringDoctorView(current.map(PeriodView::of).orElse(null), pending.map(PeriodView::of).orElse(null),
                    choices.stream().map(DirectoryDoctorView::of).toList());
        }
    }
}
