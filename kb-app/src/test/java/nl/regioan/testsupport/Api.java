package nl.regioan.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the REST API, with its own cookie jar (one per simulated person). */
public final class Api {

    private final URI base;
    private final HttpClient client;
    private String csrfToken = "";
    private String bearerToken;
    /** Accept-Language of every request; English by default, as the tests' expected texts are English. */
    private String language = "en";

    public Api(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        // HTTP/1.1 as browsers speak to the app: the default HTTP/2 attempt sends an h2c upgrade
        // with the body, and a large POST (a CSV import) then ends in "EOF reached while reading".
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A client that logs in with a session cookie, as the pages do; fails the test when the login fails. */
    public static Api loggedIn(URL base, String username, String password) {
        Api api = new Api(base);
        Reply reply = api.login(username, password);
        if (reply.status() != 200) {
            throw new AssertionError("Login of " + username + " failed: " + reply);
        }
        return api;
    }

    /** A client for a test account made by {@link TestAccounts}. */
    public static Api as(URL base, String username) {
        return loggedIn(base, username, TestAccounts.PASSWORD);
    }

    /** A client that sends 'Authorization: Bearer token' instead of a cookie. */
    public static Api withToken(URL base, String token) {
        Api api = new Api(base);
        api.bearerToken = token;
        return api;
    }

    public Reply login(String username, String password) {
        Reply reply = post("api/v1/auth/login", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        if (reply.status() == 200) {
            csrfToken = reply.object().getString("csrfToken", "");
        }
        return reply;
    }

    /** Asks for answers in this language (an Accept-Language value), or sends none when null. */
    public Api inLanguage(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public void forgetCsrfToken() {
        csrfToken = "";
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", "application/json"));
    }

    /** A GET whose body is binary (a PDF download), with the session cookie or token of this client. */
    public HttpResponse<byte[]> getBytes(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", accept);
        if (language != null) {
            request.setHeader("Accept-Language", language);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(body(json)).header("Content-Type", "application/json"));
    }

    public Reply put(String path, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).PUT(body(json))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    /** Sends a request, adding the CSRF header (changes) or the Bearer token this client holds. */
    public Reply send(HttpRequest.Builder request) {
        if (language != null) {
            request.setHeader("Accept-Language", language);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        } else if (!csrfToken.isEmpty()) {
            request.header("X-CSRF-Token", csrfToken);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Uploads a file as the pages do: the multipart form field "file", over HTTP/1.1 as a browser
     * sends it on plain HTTP (the client would otherwise try h2c).
     */
    public Reply upload(String path, String fileName, byte[] content) {
        String boundary = "----kbtest" + UUID.randomUUID();
        return send(HttpRequest.newBuilder(resolve(path)).version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, content)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json"));
    }

    /** The same upload sent chunked, without a Content-Length. */
    public Reply uploadChunked(String path, String fileName, byte[] content) {
        String boundary = "----kbtest" + UUID.randomUUID();
        byte[] body = multipart(boundary, fileName, content);
        return send(HttpRequest.newBuilder(resolve(path)).version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json"));
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    public URI resolve(String path) {
        return base.resolve(path);
    }

    /** A response with JSON helpers. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        /** The field the first error of a problem names. */
        public String firstErrorField() {
            return object().getJsonArray("errors").getJsonObject(0).getString("field");
        }

        /** The field the first error of a 400 problem names; fails when the reply is no 400. */
        public String badRequestField() {
            if (status() != 400) {
                throw new AssertionError("expected a 400 problem naming a field, got " + this);
            }
            return firstErrorField();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
