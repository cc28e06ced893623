package ad.cass.online.local.fuzz;

/**
 * The functions off the HTTP API as their fuzz tests fuzz them: the queues' consumers, the proof-of-life schedules
 * (the staff's functions are {@link StaffFunctions}). Built on first use, once per JVM.
 */
final class OffApiFunctions {
    private OffApiFunctions() {
    }

    static final class Queues {
        static final QueueFuzzing NOTICES = new QueueFuzzing("NoticesFunction", Examples.inFolder("notices"), new NoticeBodies());
        static final QueueFuzzing EXTRACTS = new QueueFuzzing("ExtractGeneratorFunction", Examples.named("extracts/generate.json"),
                new ExtractJobBodies());

        private Queues() {
        }
    }

    static final class Schedules {
        static final ScheduleFuzzing OPENING = new ScheduleFuzzing("LifeCertificateOpeningFunction", "lifecertificates/opening.json");
        static final ScheduleFuzzing REMINDERS = new ScheduleFuzzing("LifeCertificateRemindersFunction",
                "lifecertificates/reminders.json");
        static final ScheduleFuzzing DEADLINE = new ScheduleFuzzing("LifeCertificateDeadlineFunction", "lifecertificates/deadline.json");

        private Schedules() {
        }
    }
}
