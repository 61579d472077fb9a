package no.minside.submissions;

import io.restassured.RestAssured;
import no.minside.support.WebClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The same form sent several times at the same moment, as a double (or tenfold) click does: one browser's cookies,
 * one body (its CSRF token and one-time token included), released together by a latch from a pool of threads.
 */
final class Burst implements AutoCloseable {

    /** One answer: its status and {@code Location}, and its body. */
    record Answer(int status, String location, String body) {
    }

    private final ExecutorService pool;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    Burst(int threads) {
        pool = Executors.newFixedThreadPool(threads);
    }

    /** The hidden fields of the form posting to {@code action} on the page (CSRF and one-time token among them). */
    static Map<String, String> hidden(Document page, String action) {
        Element form = page.selectFirst("form[action=" + action + "]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        return fields;
    }

    /** A form post as the browser would send it (URL-encoded). */
    HttpRequest form(WebClient browser, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return base(browser, path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A multipart form post as the browser would send it, with its Content-Length. */
    HttpRequest multipart(WebClient browser, String path, List<WebClient.Field> fields) {
        String boundary = "----BurstBoundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (WebClient.Field f : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name()
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + f.value() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return base(browser, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /** Sends the request {@code times} times at once and returns every answer. */
    List<Answer> fire(HttpRequest request, int times) throws Exception {
        return fire(java.util.Collections.nCopies(times, request));
    }

    /** Sends every request at once (one thread each, released together) and returns the answers in order. */
    List<Answer> fire(List<HttpRequest> requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> sent = new ArrayList<>();
        for (HttpRequest request : requests) {
            sent.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
            }));
        }
        ready.await();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : sent) {
            answers.add(f.get());
        }
        return answers;
    }

    private static HttpRequest.Builder base(WebClient browser, String path) {
        String cookies = browser.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60)).header("Cookie", cookies).header("Accept-Language", "nb");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
