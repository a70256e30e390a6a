package org.jiannuo.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for client-side tests: keeps cookies, does not follow redirects by itself, and speaks
 * HTTP/1.1 as a browser does to a server without TLS (Java's client would otherwise upgrade to cleartext HTTP/2,
 * which no browser speaks).
 */
public final class HttpSession {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public HttpSession(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> getBytes(String path, String basicUser, String password)
            throws IOException, InterruptedException {
        return getBytes(path, basicUser, password, null);
    }

    /** A file in the language of {@code Accept-Language} ({@code language}; none when null). */
    public HttpResponse<byte[]> getBytes(String path, String basicUser, String password, String language)
            throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((basicUser + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + credentials);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A JSON API call with HTTP basic authentication as {@code user@tenant}. */
    public HttpResponse<String> api(String method, String path, String user, String password, String json, String language)
            throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An API call answered with a file (a PDF), with HTTP basic authentication as {@code user@tenant}. */
    public HttpResponse<byte[]> apiBytes(String method, String path, String user, String password)
            throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + credentials)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A file upload as the request body, with HTTP basic authentication as {@code user@tenant}. */
    public HttpResponse<String> postFile(String path, String user, String password, byte[] content, String language)
            throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Basic " + credentials)
                        .header("Content-Type", "application/octet-stream")
                        .header("Accept", "application/json")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** Signs in as a person would: the login page first, for the form's token, then the form. */
    public HttpResponse<String> login(String tenant, String username, String password) throws IOException, InterruptedException {
        Matcher token = Pattern.compile("name=\"loginToken\" value=\"([^\"]+)\"").matcher(get("login.xhtml").body());
        if (!token.find()) {
            throw new IllegalStateException("The login page carries no form token");
        }
        return postForm("login.xhtml", Map.of("tenant", tenant, "username", username, "password", password,
                "loginToken", token.group(1)));
    }

    /** Any request, made with this session's cookies: for what the calls above do not send. */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return client.send(request.build(), body);
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    /** The Authorization header's value for HTTP basic authentication as {@code user@tenant}. */
    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
