package com.netcore.byok.kms.testserver;

import com.netcore.byok.kms.KmsSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * A KMS for tests on 127.0.0.1: the KMS JSON 1.1 protocol ({@code X-Amz-Target: TrentService.<Operation>},
 * {@code application/x-amz-json-1.1}, errors as HTTP 400 with {@code __type} and 5xx for server faults) and
 * STS GetCallerIdentity (query protocol) on the same port. Reached only through the real AWS SDK client.
 * Requests signed with an access key other than {@link #ACCESS_KEY_ID} are refused as AWS refuses them.
 * Every KMS request is validated against the KMS API model ({@link ServiceModel}) as KMS validates it.
 * Tests can inject throttling and server faults, deny operations as a missing IAM permission would
 * ({@link #deny}), turn on eventual consistency ({@link #lag}), count calls per operation ({@link #calls}),
 * delay a call, and age tokens and key material through {@link #clock()}.
 * <p>While it runs, the SDK's default chains find it as an operator's environment would: the fake credentials
 * and the STS endpoint are set as the system properties {@code aws.accessKeyId}, {@code aws.secretAccessKey}
 * and {@code aws.endpointUrlSts}. The KMS endpoint is passed explicitly ({@link #settings()}).
 */
public final class KmsTestServer implements AutoCloseable {
    public static final String ACCOUNT = "111122223333";
    public static final String REGION = "eu-west-1";
    /** AWS's documented example credentials: fake, and recognised only here. */
    public static final String ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    public static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final String CALLER_ARN = "arn:aws:iam::" + ACCOUNT + ":user/operator";
    static final String STS_ENDPOINT_PROPERTY = "aws.endpointUrlSts";

    /** An answer the server gives instead of doing the work. */
    public enum Fault {
        THROTTLING(400, "ThrottlingException", "Rate exceeded"),
        INTERNAL(500, "KMSInternalException", "An internal error occurred."),
        UNAVAILABLE(503, "ServiceUnavailableException", "Service is temporarily unavailable.");

        final int status;
        final String type;
        final String message;

        Fault(int status, String type, String message) {
            this.status = status;
            this.type = type;
            this.message = message;
        }
    }

    private final TestClock clock = new TestClock();
    private final Regions regions = new Regions(clock, ACCOUNT, CALLER_ARN);
    private final FakeKms kms = regions.get(REGION);
    private final HttpServer http;
    private final ExecutorService pool;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final Set<String> denied = ConcurrentHashMap.newKeySet();
    private volatile Duration delay = Duration.ZERO;

    private KmsTestServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "kms-test-server");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(pool);
        http.createContext("/", this::exchange);
        http.start();
        System.setProperty("aws.accessKeyId", ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", SECRET_ACCESS_KEY);
        System.setProperty(STS_ENDPOINT_PROPERTY, endpoint().toString());
    }

    public static KmsTestServer start() {
        try {
            return new KmsTestServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the KMS test server on 127.0.0.1", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** Settings for {@code Kms.connect}: this endpoint and region; credentials come from the SDK's chain. */
    public KmsSettings settings() {
        return settings(REGION);
    }

    /** Settings for {@code Kms.connect} in another Region of this server (same endpoint, own keys). */
    public KmsSettings settings(String region) {
        return KmsSettings.of(region, null, endpoint().toString());
    }

    public TestClock clock() {
        return clock;
    }

    /** A plain SDK client with the fake credentials, for tests of the server itself. */
    public KmsClient sdkClient() {
        return sdkClient(REGION);
    }

    /** A plain SDK client signing for another Region: the server keeps that Region's keys apart. */
    public KmsClient sdkClient(String region) {
        return KmsClient.builder().endpointOverride(endpoint()).region(Region.of(region))
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY))).build();
    }

    /**
     * Every request that arrived since the last {@link #clearRequests()}/{@link #reset()}, as its operation name
     * ("sts:GetCallerIdentity" for STS), in order; refused, faulted and invalid requests included.
     */
    public List<String> operations() {
        return List.copyOf(received);
    }

    public int requestCount() {
        return received.size();
    }

    /** How many requests of this operation (e.g. "ImportKeyMaterial") arrived, answered or not. */
    public int calls(String operation) {
        return (int) received.stream().filter(operation::equals).count();
    }

    /** Requests per operation, in order of first arrival. */
    public Map<String, Integer> callCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        received.forEach(operation -> counts.merge(operation, 1, Integer::sum));
        return counts;
    }

    public void clearRequests() {
        received.clear();
    }

    /**
     * Forgets faults, denials, delays and lag (settling what is still propagating), sets the clock back to real
     * time, clears the request list.
     */
    public void reset() {
        faults.clear();
        denied.clear();
        delay = Duration.ZERO;
        lag(Duration.ZERO);
        settle();
        clock.reset();
        received.clear();
    }

    /** The next {@code times} requests get {@code fault} instead of an answer. */
    public void failNext(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(fault);
        }
    }

    /**
     * Refuses operations (e.g. "Encrypt", "Decrypt") with AccessDeniedException, worded as IAM words a missing
     * permission: "User: ... is not authorized to perform: kms:Encrypt on resource: arn:aws:kms:...:key/... because
     * no identity-based policy allows the kms:Encrypt action". Valid requests only: invalid ones fail validation
     * first.
     */
    public void deny(String... operations) {
        denied.addAll(List.of(operations));
    }

    /** Takes back {@link #deny}. */
    public void allow(String... operations) {
        denied.removeAll(List.of(operations));
    }

    /**
     * Eventual consistency from now on (zero: off), in wall-clock time: for this long a new key or alias is not
     * found by other calls (NotFoundException), DescribeKey shows the state from before ImportKeyMaterial or
     * DeleteImportedKeyMaterial and Encrypt/Decrypt refuse the key as it was (KMSInvalidStateException), and
     * RotateKeyOnDemand's new material stays PENDING_ROTATION (GetKeyRotationStatus shows it in progress).
     */
    public void lag(Duration lag) {
        synchronized (kms) {
            regions.all().forEach(region -> region.lag(lag));
        }
    }

    /** Makes every change made so far visible now, as if the lag had passed (the lag stays on for new changes). */
    public void settle() {
        synchronized (kms) {
            regions.all().forEach(FakeKms::settle);
        }
    }

    /** The next request waits this long before it is answered. */
    public void delayNext(Duration wait) {
        delay = wait;
    }

    public Optional<String> keyState(String keyRef) {
        return keyState(REGION, keyRef);
    }

    /** The key's state in a Region, ignoring eventual consistency. */
    public Optional<String> keyState(String region, String keyRef) {
        synchronized (kms) {
            return regions.get(region).key(keyRef).map(k -> k.state);
        }
    }

    /** The imported bytes of the key's current material (test assertions only). */
    public Optional<byte[]> currentMaterial(String keyRef) {
        return currentMaterial(REGION, keyRef);
    }

    /** The imported bytes of the key's current material in a Region (test assertions only). */
    public Optional<byte[]> currentMaterial(String region, String keyRef) {
        synchronized (kms) {
            return regions.get(region).key(keyRef).map(k -> k.materials.get(k.currentId)).map(m -> m.bytes).map(byte[]::clone);
        }
    }

    public Optional<String> policy(String keyRef) {
        synchronized (kms) {
            return kms.key(keyRef).map(k -> k.policy);
        }
    }

    /** Every Sign call the server answered (key ARN, algorithm, message type, digest), in order. */
    public List<SignCall> signCalls() {
        synchronized (kms) {
            return kms.signing.audit();
        }
    }

    public Map<String, String> tags(String keyRef) {
        synchronized (kms) {
            return kms.key(keyRef).map(k -> Map.copyOf(k.tags)).orElse(Map.of());
        }
    }

    @Override
    public void close() {
        if (endpoint().toString().equals(System.getProperty(STS_ENDPOINT_PROPERTY))) {
            System.clearProperty(STS_ENDPOINT_PROPERTY);
        }
        http.stop(0);
        pool.shutdownNow();
    }

    // ---- HTTP

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (target != null) {
                kms(exchange, target, body);
            } else {
                sts(exchange, new String(body, StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            send(exchange, 500, "application/x-amz-json-1.1", "{\"__type\":\"KMSInternalException\",\"message\":\""
                    + e.getClass().getSimpleName() + "\"}");
        }
    }

    private void kms(HttpExchange exchange, String target, byte[] body) throws IOException {
        String operation = target.startsWith("TrentService.") ? target.substring("TrentService.".length()) : target;
        received.add(operation);
        String json = "application/x-amz-json-1.1";
        if (!signedWithTestKey(exchange)) {
            send(exchange, 400, json, error("UnrecognizedClientException",
                    "The security token included in the request is invalid."));
            return;
        }
        Fault fault = faults.poll();
        if (fault != null) {
            send(exchange, fault.status, json, error(fault.type, fault.message));
            return;
        }
        pause();
        try {
            JsonNode parsed;
            try {
                parsed = JsonNode.parser().parse(body);
            } catch (RuntimeException e) {
                throw KmsError.of("SerializationException", "The request body is not valid JSON.");
            }
            ServiceModel.kms().validate(operation, parsed);
            Json.Request request = new Json.Request(operation, parsed);
            Map<String, Object> answer;
            synchronized (kms) {
                FakeKms regional = regions.get(Regions.signingRegion(
                        exchange.getRequestHeaders().getFirst("Authorization")).orElse(REGION));
                if (denied.contains(operation)) {
                    throw accessDenied(operation, regional.resourceOf(request));
                }
                answer = regional.handle(request);
            }
            send(exchange, 200, json, Json.write(answer));
        } catch (KmsError e) {
            send(exchange, e.status, json, error(e.type, e.getMessage()));
        }
    }

    private static KmsError accessDenied(String operation, Optional<String> resource) {
        String action = "kms:" + operation;
        return KmsError.of("AccessDeniedException", "User: " + CALLER_ARN + " is not authorized to perform: " + action
                + " on resource: " + resource.orElse("*") + " because no identity-based policy allows the " + action
                + " action");
    }

    private void sts(HttpExchange exchange, String form) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String action = params.getOrDefault("Action", "");
        received.add("sts:" + action);
        if (!signedWithTestKey(exchange)) {
            send(exchange, 403, "text/xml", stsError("InvalidClientTokenId",
                    "The security token included in the request is invalid."));
            return;
        }
        if (!action.equals("GetCallerIdentity")) {
            send(exchange, 400, "text/xml", stsError("InvalidAction", "Could not find operation " + action));
            return;
        }
        send(exchange, 200, "text/xml", "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Arn>" + CALLER_ARN + "</Arn><UserId>AIDAEXAMPLEOPERATOR</UserId>"
                + "<Account>" + ACCOUNT + "</Account></GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
                + "</GetCallerIdentityResponse>");
    }

    private void pause() {
        Duration wait = delay;
        delay = Duration.ZERO;
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean signedWithTestKey(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization != null && authorization.contains("Credential=" + ACCESS_KEY_ID + "/");
    }

    private static String error(String type, String message) {
        Map<String, Object> body = Json.object();
        body.put("__type", type);
        body.put("message", message);
        return Json.write(body);
    }

    private static String stsError(String code, String message) {
        return "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>"
                + code + "</Code><Message>" + message + "</Message></Error><RequestId>" + UUID.randomUUID()
                + "</RequestId></ErrorResponse>";
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** For messages in tests: the operations seen, e.g. [DescribeKey, ImportKeyMaterial]. */
    @Override
    public String toString() {
        return "KmsTestServer " + endpoint() + " " + new ArrayList<>(received);
    }
}
