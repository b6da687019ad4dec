package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A test client of the daemon's API: JSON in and out, the token read from the data directory. */
public final class ApiClient {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    /** What came back: the status and the parsed body. */
    public record Answer(int status, JsonNode body) {
        public String error() {
            return body.path("error").asText(null);
        }
    }

    public ApiClient(String hostPort, Path dataDir) throws IOException {
        this(hostPort, Files.readString(dataDir.resolve(ApiToken.FILE_NAME)).strip());
    }

    public ApiClient(String hostPort, String token) {
        this.base = URI.create("http://" + hostPort);
        this.token = token;
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return call("GET", path, null, token);
    }

    public Answer post(String path, Object body) throws IOException, InterruptedException {
        return call("POST", path, body instanceof String s ? s : JSON.writeValueAsString(body), token);
    }

    /** Any method with a JSON body ({@code null} for none). */
    public Answer request(String method, String path, Object body) throws IOException, InterruptedException {
        return call(method, path, body == null ? null : JSON.writeValueAsString(body), token);
    }

    /** {@code GET path} as raw bytes (a file's content); the status and the bytes. */
    public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public Answer call(String method, String path, String body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
    }

    /** A 2xx answer's body, else an assertion error naming the answer. */
    public JsonNode ok(Answer a) {
        if (a.status() / 100 != 2) {
            throw new AssertionError("expected success, got " + a.status() + " " + a.body());
        }
        return a.body();
    }

    public JsonNode getOk(String path) throws IOException, InterruptedException {
        return ok(get(path));
    }

    public JsonNode postOk(String path, Map<String, ?> body) throws IOException, InterruptedException {
        return ok(post(path, body));
    }

    /** Polls {@code GET path} until the body satisfies {@code test}. */
    public JsonNode until(String path, Predicate<JsonNode> test, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            Answer a = get(path);
            if (a.status() == 200) {
                last = a.body();
                if (test.test(last)) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out polling " + path + "; last: " + last);
    }

    /** Opens {@code GET /v1/events}; every line of the stream lands in the queue. */
    public BlockingQueue<String> events() throws IOException, InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest req = HttpRequest.newBuilder(base.resolve("/v1/events")).header("Authorization", "Bearer " + token).build();
        HttpResponse<java.util.stream.Stream<String>> r = http.send(req, HttpResponse.BodyHandlers.ofLines());
        if (r.statusCode() != 200) {
            throw new AssertionError("events: " + r.statusCode());
        }
        Thread.ofVirtual().start(() -> {
            try {
                r.body().forEach(lines::add);
            } catch (RuntimeException e) {
                // stream ended
            }
            lines.add("<end>");
        });
        return lines;
    }

    /** Waits for an SSE event named {@code name} whose data contains {@code fragment}; its data line. */
    public static String awaitEvent(BlockingQueue<String> lines, String name, String fragment, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String current = null;
        while (System.nanoTime() < end) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("event: ")) {
                current = line.substring(7);
            } else if (line.startsWith("data: ") && name.equals(current) && line.contains(fragment)) {
                return line.substring(6);
            }
        }
        throw new AssertionError("no " + name + " event containing " + fragment);
    }
}
