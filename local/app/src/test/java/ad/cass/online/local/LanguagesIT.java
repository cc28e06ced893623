package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.local.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, end to end over HTTP on the local runtime with its demo data: every title and detail the API answers
 * is in the person's language, the session's once signed in (100005E reads French), the client's
 * {@code Accept-Language} before, Catalan otherwise; and the answer says which ({@code Content-Language}).
 */
class LanguagesIT {
    static final ObjectMapper JSON = LocalRuntime.JSON;

    @RegisterExtension
    static final LocalRuntime LOCAL = new LocalRuntime("languages");

    /** Sent as a portal would, the answer held to openapi.yaml. */
    static HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        return LOCAL.send(method, path, null, body, headers);
    }

    static String language(HttpResponse<String> response) {
        return response.headers().firstValue("content-language").orElseThrow();
    }

    @Test
    void aPersonWhoReadsFrenchIsAnsweredInFrench() throws Exception {
        HttpResponse<String> login = send("POST", "/auth/login",
                "{\"cassNumber\":\"" + DemoData.PENSIONER_ABROAD.value() + "\",\"pin\":\"" + DemoData.PIN + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        String token = JSON.readTree(login.body()).get("token").asText();

        HttpResponse<String> settings = send("GET", "/settings", null, "Authorization", "Bearer " + token);
        assertEquals(200, settings.statusCode());
        assertEquals("fr", JSON.readTree(settings.body()).get("language").asText(), "the demo data's choice");
        assertEquals("fr", language(settings), "a success says its language too");

        // the session's language wins over whatever the browser asks for
        HttpResponse<String> bad = send("PUT", "/settings", "{\"textSize\":\"huge\",\"language\":\"fr\"}",
                "Authorization", "Bearer " + token, "Accept-Language", "es");
        assertEquals(400, bad.statusCode());
        assertEquals("fr", language(bad));
        JsonNode problem = JSON.readTree(bad.body());
        assertEquals("Requête non valide", problem.get("title").asText());
        assertEquals("La taille du texte doit être l'une des suivantes : normal, large, larger.", problem.get("detail").asText());
        assertEquals("textSize", problem.get("field").asText());

        HttpResponse<String> tooLong = send("PUT", "/settings", "{\"textSize\":\"" + "x".repeat(40) + "\",\"language\":\"fr\"}",
                "Authorization", "Bearer " + token);
        assertEquals("Le champ « textSize » est trop long (16 caractères au maximum).",
                JSON.readTree(tooLong.body()).get("detail").asText(), "a pattern's values in place");
    }

    /** Seed 000 §2.2.3: a new language holds from the very next answer, in every session of the person. */
    @Test
    void aNewLanguageHoldsFromTheNextAnswer() throws Exception {
        String[] tokens = new String[2];
        for (int i = 0; i < 2; i++) { // signed in twice: a phone and a computer
            HttpResponse<String> login = send("POST", "/auth/login",
                    "{\"cassNumber\":\"" + DemoData.PENSIONER_HOME.value() + "\",\"pin\":\"" + DemoData.PIN + "\"}");
            tokens[i] = JSON.readTree(login.body()).get("token").asText();
        }
        HttpResponse<String> changed = send("PUT", "/settings", "{\"textSize\":\"normal\",\"language\":\"en\"}",
                "Authorization", "Bearer " + tokens[0]);
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> elsewhere = send("PATCH", "/personal-file", "{\"phone\":\"12\"}", "Authorization", "Bearer " + tokens[1]);
        assertEquals(400, elsewhere.statusCode());
        assertEquals("en", language(elsewhere), "the other session too");
        assertEquals("Invalid request", JSON.readTree(elsewhere.body()).get("title").asText());
        assertEquals("phone", JSON.readTree(elsewhere.body()).get("field").asText());
    }

    @Test
    void beforeSigningInTheBrowsersLanguageIsUsed() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/profiles", null, "Accept-Language", "es-ES,es;q=0.9,en;q=0.8");
        assertEquals(401, anonymous.statusCode());
        assertEquals("es", language(anonymous));
        JsonNode problem = JSON.readTree(anonymous.body());
        assertEquals("Debe identificarse", problem.get("title").asText());
        assertEquals("Las credenciales no son válidas o la sesión ha caducado.", problem.get("detail").asText());

        HttpResponse<String> badLogin = send("POST", "/auth/login", "{\"cassNumber\":\"1234\",\"pin\":\"x\"}",
                "Accept-Language", "en-GB, fr;q=0.5");
        assertEquals(400, badLogin.statusCode());
        assertEquals("en", language(badLogin));
        assertEquals("The CASS number must have 6 digits and a capital letter.", JSON.readTree(badLogin.body()).get("detail").asText());
    }

    @Test
    void theRuntimesOwnRefusalsFollowTheBrowserAndCatalanIsTheDefault() throws Exception {
        HttpResponse<String> english = send("GET", "/nowhere", null, "Accept-Language", "en");
        assertEquals(404, english.statusCode());
        assertEquals("en", language(english));
        assertEquals("This address does not exist.", JSON.readTree(english.body()).get("detail").asText());

        HttpResponse<String> unsupported = send("GET", "/profiles", null, "Accept-Language", "de-DE, de");
        assertEquals("ca", language(unsupported));
        assertEquals("Cal identificar-se", JSON.readTree(unsupported.body()).get("title").asText());
    }
}
