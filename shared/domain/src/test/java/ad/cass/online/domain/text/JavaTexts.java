package ad.cass.online.domain.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The person-facing texts of the repository's main Java sources, read as text (no parser: the code base's own
 * conventions are regular enough): every Catalan literal that reaches a problem, i.e. the message argument of a
 * {@code DomainException} subclass or of {@code new Problem(}, what those subclasses pass to {@code super(}, the
 * {@code static final String} constants such an argument names, the first argument of {@code Text.of(}, and the
 * titles of the enums implementing {@code ProblemKind}. Adjacent literals joined by {@code +} are one text; a
 * literal joined to anything else is reported as built by concatenation, since no catalogue line can match it.
 */
final class JavaTexts {
    /** Where a text was found, for the failure message. */
    record Found(String text, String where) {
    }

    private static final Pattern LITERAL_RUN = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s*\\+\\s*\"((?:[^\"\\\\]|\\\\.)*)\")*");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z][A-Z0-9_]*)\\s*=");
    private static final Pattern CONSTANT_USE = Pattern.compile("\\b(?:([A-Z]\\w*)\\.)?([A-Z][A-Z0-9_]+)\\b");
    private static final Pattern TITLE = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\(\\s*\"[^\"]*\"\\s*,\\s*\\d{3}\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern EXCEPTION = Pattern.compile("class (\\w+) extends DomainException\\b");
    /** Their constructor's argument is no text: the log's "what", a duration; their texts are their super() calls. */
    private static final Set<String> NOT_A_MESSAGE = Set.of("Unavailable", "TooManyRequests", "Unauthenticated");

    private final Map<Path, String> sources = new HashMap<>();
    /** Each String constant's name, and per file that declares one of that name, its expression. */
    private final Map<String, Map<String, String>> constants = new HashMap<>();
    final List<Found> texts = new ArrayList<>();
    final List<Found> concatenated = new ArrayList<>();

    JavaTexts(Path root) {
        for (String group : List.of("shared", "functions", "local")) {
            try (Stream<Path> modules = Files.list(root.resolve(group))) {
                modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(this::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        sources.forEach(this::collectConstants);
        Set<String> exceptions = new HashSet<>(Set.of("DomainException"));
        sources.values().forEach(s -> EXCEPTION.matcher(s).results().forEach(m -> exceptions.add(m.group(1))));
        sources.forEach((file, source) -> collectTexts(file, source, exceptions));
    }

    /** The repository's root, found from the test's working directory (a module of it). */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("shared")) && Files.isDirectory(dir.resolve("functions"))
                && Files.exists(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private void read(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(file, withoutComments(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collectConstants(Path file, String source) {
        Matcher m = CONSTANT.matcher(source);
        while (m.find()) {
            String expression = source.substring(m.end(), endOfStatement(source, m.end()));
            constants.computeIfAbsent(m.group(1), k -> new HashMap<>()).put(className(file), expression);
        }
    }

    private static String className(Path file) {
        return file.getFileName().toString().replace(".java", "");
    }

    private void collectTexts(Path file, String source, Set<String> exceptions) {
        String where = className(file);
        Matcher raised = Pattern.compile("new (\\w+)\\(").matcher(source);
        while (raised.find()) {
            String type = raised.group(1);
            boolean problem = type.equals("Problem");
            if ((problem || exceptions.contains(type)) && !NOT_A_MESSAGE.contains(type)) {
                List<String> args = arguments(source, raised.end());
                int message = problem || type.equals("InvalidInput") ? 1 : 0;
                if (args.size() > message) {
                    collect(args.get(message), where);
                }
            }
        }
        if (EXCEPTION.matcher(source).find()) {
            Matcher superCall = Pattern.compile("\\bsuper\\(").matcher(source);
            while (superCall.find()) {
                List<String> args = arguments(source, superCall.end());
                if (!args.isEmpty()) {
                    collect(args.get(0), where);
                }
            }
        }
        Matcher textOf = Pattern.compile("\\bText\\.of\\(").matcher(source);
        while (textOf.find()) {
            List<String> args = arguments(source, textOf.end());
            if (!args.isEmpty()) {
                collect(args.get(0), where);
            }
        }
        if (source.contains("implements ProblemKind")) {
            TITLE.matcher(source).results().forEach(m -> texts.add(new Found(unescape(m.group(1)), where + " (title)")));
        }
    }

    /**
     * The literal texts of an expression, and those of the String constants it names: {@code Owner.NAME}'s in
     * Owner, a bare {@code NAME}'s in the same class, or else in whichever class declares one of that name.
     */
    private void collect(String expression, String where) {
        if (expression.startsWith("Text.of(")) { // the pattern only: the arguments are values, not texts
            List<String> args = arguments(expression, "Text.of(".length());
            if (!args.isEmpty()) {
                collect(args.get(0), where);
            }
            return;
        }
        collectLiterals(expression, where);
        Matcher names = CONSTANT_USE.matcher(withoutLiterals(expression));
        while (names.find()) {
            Map<String, String> declared = constants.getOrDefault(names.group(2), Map.of());
            String owner = names.group(1) != null ? names.group(1) : where;
            List<String> values = declared.containsKey(owner) ? List.of(declared.get(owner)) : List.copyOf(declared.values());
            for (String value : values) {
                collectLiterals(value, where + " (" + names.group(2) + ")");
            }
        }
    }

    private void collectLiterals(String expression, String where) {
        Matcher run = LITERAL_RUN.matcher(expression);
        while (run.find()) {
            StringBuilder text = new StringBuilder();
            LITERAL.matcher(run.group()).results().forEach(l -> text.append(unescape(l.group(1))));
            String before = expression.substring(0, run.start()).stripTrailing();
            String after = expression.substring(run.end()).stripLeading();
            boolean joined = before.endsWith("+") || after.startsWith("+");
            (joined ? concatenated : texts).add(new Found(text.toString(), where));
        }
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')') {
                String last = source.substring(start, i).strip();
                if (!last.isEmpty()) {
                    args.add(last);
                }
                return args;
            } else if (c == ',' && depth == 0) {
                args.add(source.substring(start, i).strip());
                start = i + 1;
            }
        }
        return args;
    }

    private static int endOfStatement(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i);
            } else if (c == ';') {
                return i;
            }
        }
        return source.length();
    }

    /** The index of the closing quote of the literal opening at {@code i}. */
    private static int endOfLiteral(String source, int i) {
        char quote = source.charAt(i);
        for (int j = i + 1; j < source.length(); j++) {
            if (source.charAt(j) == '\\') {
                j++;
            } else if (source.charAt(j) == quote) {
                return j;
            }
        }
        return source.length();
    }

    private static String withoutLiterals(String expression) {
        return LITERAL.matcher(expression).replaceAll("\"\"");
    }

    /** Comments out, literals kept: a quote in a comment would otherwise open a literal. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = Math.min(endOfLiteral(source, i), source.length() - 1);
                out.append(source, i, end + 1);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = (end < 0 ? source.length() : end) - 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = (end < 0 ? source.length() : end + 2) - 1;
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 == literal.length()) {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
