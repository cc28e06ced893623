package ad.cass.online.testing;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Everything our code logs, at every level, while it is open: for tests about what logs may hold. */
public final class CapturedLogs implements AutoCloseable {
    private static final String NAME = "captured-for-test";
    private final StringWriter out = new StringWriter();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final Level previousLevel;

    public CapturedLogs() {
        Configuration config = context.getConfiguration();
        WriterAppender appender = WriterAppender.createAppender(
                PatternLayout.newBuilder().withPattern("%level %logger %m %X %ex%n").build(), null, out, NAME, false, true);
        appender.start();
        config.addAppender(appender);
        LoggerConfig ours = config.getLoggerConfig("ad.cass");
        previousLevel = ours.getLevel();
        ours.setLevel(Level.ALL);
        ours.addAppender(appender, Level.ALL, null);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        context.updateLoggers();
    }

    public String text() {
        return out.toString();
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        LoggerConfig ours = config.getLoggerConfig("ad.cass");
        ours.removeAppender(NAME);
        ours.setLevel(previousLevel);
        config.getRootLogger().removeAppender(NAME);
        context.updateLoggers();
    }
}
