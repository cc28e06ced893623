package ad.cass.online.domain.extracts;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;

/** PDF always; XLSX where the content is a table (issue 20), by {@code format}; the file name's extension. */
public enum ExtractFormat implements Coded {
    PDF("pdf"), XLSX("xlsx");

    static final String UNKNOWN = "El format ha de ser un d'aquests: {0}.";

    private final String code;

    ExtractFormat(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ExtractFormat fromCode(String code) {
        return Coded.find(ExtractFormat.class, code)
                .orElseThrow(() -> new InvalidInput("format", UNKNOWN, Coded.codes(ExtractFormat.class)));
    }
}
