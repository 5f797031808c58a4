package nl.regioan.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    @Test
    void theLoginPageItsAssetsHealthAndOpenApiArePublic() {
        for (String path : new String[] {"/login.html", "/js/login.js", "/css/app.css", "/i18n/messages_nl.json",
                "/api/v1/auth/login", "/health", "/health/ready", "/openapi",
                // on purpose: a mail's unsubscribe link is opened where nobody is logged in
                "/unsubscribe.html", "/js/unsubscribe.js", "/api/v1/mail/unsubscribe"}) {
            assertTrue(PublicPaths.isPublic(path), path);
        }
    }

    @Test
    void everythingElseNeedsALogin() {
        for (String path : new String[] {"/", "/index.html", "/js/start.js", "/admin/accounts.html", "/api/v1/auth/me",
                "/api/v1/municipalities", "/metrics", "/login.html.bak",
                "/api/v1/mail/preferences", "/api/v1/mail/unsubscribe/x", "/unsubscribe.html.bak"}) {
            assertFalse(PublicPaths.isPublic(path), path);
        }
    }

    @Test
    void onlyTheUnsubscribeCallNeedsNoCsrfHeaderAsItsTokenIsTheProof() {
        assertTrue(PublicPaths.carriesItsOwnProof("/api/v1/mail/unsubscribe"));
        for (String path : new String[] {"/api/v1/auth/login", "/api/v1/mail/preferences", "/api/v1/mail/unsubscribe/x"}) {
            assertFalse(PublicPaths.carriesItsOwnProof(path), path);
        }
    }
}
