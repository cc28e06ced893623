package ad.cass.online.domain.signin;

import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.Profiles;
import java.util.List;

/**
 * Login with the government electronic certificate (seed 001: "amb el certificat electrònic de Govern"):
 * a trusted, valid certificate whose holder CASS knows opens a session with every profile the person has,
 * as the PIN does. An expired, untrusted or unknown certificate is the same 401 as a wrong PIN.
 */
public final class CertificateLoginService {
    private final ClientCertificates certificates;
    private final CredentialStore credentials;
    private final SessionOpener opener;

    public CertificateLoginService(ClientCertificates certificates, CredentialStore credentials, SessionOpener opener) {
        this.certificates = certificates;
        this.credentials = credentials;
        this.opener = opener;
    }

    public LoginResult login(String clientCertPem) {
        String holderId = certificates.holderId(clientCertPem);
        var account = credentials.findByGovernmentId(holderId).flatMap(credentials::account)
                .orElseThrow(Unauthenticated::new);
        Person person = account.person();
        List<Profile> profiles = Profiles.availableTo(person, account.dependants());
        return opener.open(person, profiles, profiles.get(0).id(), AuthMethod.GOVERNMENT_CERTIFICATE, account.language());
    }
}
