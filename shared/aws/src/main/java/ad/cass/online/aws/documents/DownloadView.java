package ad.cass.online.aws.documents;

import ad.cass.online.domain.documents.DocumentLinks;

/** A download link as JSON: where, until when (ISO 8601). */
public record DownloadView(String url, String expiresAt) {
    public static DownloadView of(DocumentLinks.Download d) {
        return new DownloadView(d.link().toString(), d.expiresAt().toString());
    }
}
