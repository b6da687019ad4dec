package io.linnet.s2.relay.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientExecutorConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.datatypes.MqttTopic;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import io.reactivex.schedulers.Schedulers;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * N MQTT 3.1.1 clients (HiveMQ MQTT client, one shared Netty event loop) on one broker: client i
 * subscribes to its own topic {@code lb/i} at QoS 0 and publishes at QoS 0 to its partner's topic.
 * The payload has as many bytes as the relay benchmark's s2data payload, the {@link Stamp} first.
 */
final class MqttFleet implements Fleet {
    private static final int CONNECT_BATCH = 50;
    /**
     * Completions run on the thread that completes them (a Netty event loop) instead of being handed to
     * RxJava's computation pool one by one: the client's own cost per message stays close to the S2
     * clients', so the broker rather than the client library sets the pace.
     */
    private static final MqttClientExecutorConfig EXECUTORS =
            MqttClientExecutorConfig.builder().applicationScheduler(Schedulers.trampoline()).build();

    private final String broker;
    private final Mqtt3AsyncClient[] clients;
    private final MqttTopic[] partnerTopic;
    private final int payloadBytes;
    private final LongAdder disconnects = new LongAdder();
    private volatile String firstDisconnect = "";
    private volatile boolean closing;

    private MqttFleet(String broker, int n, int payloadBytes) {
        this.broker = broker;
        this.clients = new Mqtt3AsyncClient[n];
        this.partnerTopic = new MqttTopic[n];
        this.payloadBytes = payloadBytes;
    }

    /** Connects and subscribes {@code n} clients (an even number), {@value #CONNECT_BATCH} at a time. */
    static MqttFleet connect(String broker, int port, int n, int payloadBytes, Delivery delivery) throws Exception {
        MqttFleet fleet = new MqttFleet(broker, n, payloadBytes);
        try {
            for (int start = 0; start < n; start += CONNECT_BATCH) {
                List<CompletableFuture<?>> ready = new ArrayList<>();
                for (int i = start; i < Math.min(n, start + CONNECT_BATCH); i++) {
                    ready.add(fleet.open(i, port, delivery));
                }
                CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            fleet.close();
            throw e;
        }
        return fleet;
    }

    private static String topic(int i) {
        return "lb/" + i;
    }

    private CompletableFuture<?> open(int i, int port, Delivery delivery) {
        partnerTopic[i] = MqttTopic.of(topic(Fleet.partner(i)));
        Mqtt3AsyncClient c = MqttClient.builder().useMqttVersion3().identifier("linnet-bench-" + i)
                .serverHost("127.0.0.1").serverPort(port).executorConfig(EXECUTORS)
                .addDisconnectedListener(ctx -> disconnected(i, ctx.getCause())).buildAsync();
        clients[i] = c;
        return c.connectWith().cleanSession(true).keepAlive(60).send()
                .thenCompose(ack -> c.subscribeWith().topicFilter(topic(i)).qos(MqttQos.AT_MOST_ONCE)
                        .callback(p -> received(i, p, delivery)).send());
    }

    private static void received(int to, Mqtt3Publish p, Delivery delivery) {
        ByteBuffer b = p.getPayload().orElseThrow().duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int at = b.position();
        delivery.delivered(to, b.getInt(at + 12), b.getLong(at), b.getInt(at + 8));
    }

    private void disconnected(int i, Throwable cause) {
        if (!closing) {
            disconnects.increment();
            if (firstDisconnect.isEmpty()) {
                firstDisconnect = "client " + i + ": " + cause;
            }
        }
    }

    @Override
    public String name() {
        return broker;
    }

    @Override
    public int size() {
        return clients.length;
    }

    @Override
    public int payloadBytes() {
        return payloadBytes;
    }

    @Override
    public boolean send(int from, long nanos, int phase) {
        byte[] m = new byte[payloadBytes];
        Stamp.write(m, 0, nanos, phase, from);
        clients[from].publishWith().topic(partnerTopic[from]).qos(MqttQos.AT_MOST_ONCE).payload(m).send();
        return true;
    }

    @Override
    public long disconnects() {
        return disconnects.sum();
    }

    @Override
    public String firstDisconnect() {
        return firstDisconnect;
    }

    @Override
    public void close() {
        closing = true;
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Mqtt3AsyncClient c : clients) {
            if (c != null && c.getState().isConnected()) {
                done.add(c.disconnect());
            }
        }
        try {
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the broker is stopped next anyway
        }
    }
}
