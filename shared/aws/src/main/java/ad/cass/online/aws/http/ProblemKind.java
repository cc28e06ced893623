package ad.cass.online.aws.http;

/**
 * What a {@link Problem} needs of its type: the stable URI, the HTTP status and the Catalan title. The API's
 * own types are {@link ProblemType}; the local runtime adds the few that only a gateway answers.
 */
public interface ProblemKind {
    String uri();

    int status();

    String title();
}
