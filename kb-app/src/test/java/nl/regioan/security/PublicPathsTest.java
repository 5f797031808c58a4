package nl.regioan.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    @Test
    void theLoginPageItsAssetsHealthAndOpenApiArePublic() {
        for (String path : new String[] {"/login.html", "/js/login.js", "/css/app.css", "/i18n/messages_nl.json",
                "/api/v1/auth/login", "/health", "/health/ready", "/openapi"}) {
            assertTrue(PublicPaths.isPublic(path), path);
        }
    }

    @Test
    void everythingElseNeedsALogin() {
        for (String path : new String[] {"/", "/index.html", "/js/start.js", "/admin/accounts.html", "/api/v1/auth/me",
                "/api/v1/municipalities", "/metrics", "/login.html.bak"}) {
            assertFalse(PublicPaths.isPublic(path), path);
        }
    }
}
