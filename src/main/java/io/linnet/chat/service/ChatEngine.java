package io.linnet.chat.service;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvents;
import io.linnet.chat.api.GroupChats;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.contacts.ContactRequests;
import io.linnet.chat.contacts.HandshakeReceiver;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.EventHub;
import io.linnet.chat.core.Profiles;
import io.linnet.chat.core.Transport;
import io.linnet.chat.files.EngineFileTransfers;
import io.linnet.chat.files.FileMessages;
import io.linnet.chat.api.FileTransfers;
import io.linnet.chat.groups.GroupEngine;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.messaging.ChatReceiver;
import io.linnet.chat.messaging.ChatSender;
import io.linnet.chat.messaging.Inbound;
import io.linnet.chat.messaging.Typing;
import io.linnet.chat.outbox.OutboxPump;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ConversationSummary;
import io.linnet.chat.store.PageCursor;
import io.linnet.chat.store.SearchHit;
import java.util.Optional;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.Database;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.chat.store.Identity;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.CryptoRandom;
import io.linnet.ixian.stream.StreamMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine and its background service in one: a single engine thread ("linnet-engine-…") runs every use
 * case, every received message and the outbox passes, one at a time, so the parts need no locks. The
 * service part ticks the outbox (expiry, due attempts) every {@link EngineConfig#tick()}, flushes a
 * contact's backlog when the contact shows it is online and everything when the transport comes back
 * online. Reconnects and presence refresh belong to the transport (the S2 client). It runs until
 * {@link #close()}, independent of any window.
 *
 * <p>Build it with {@link #start}; the database and the transport stay the caller's to close.
 */
public final class ChatEngine implements Messenger {
    private static final Logger LOG = LoggerFactory.getLogger(ChatEngine.class);
    private final EngineContext ctx;
    private final ScheduledExecutorService thread;
    private final ContactRequests requests;
    private final ChatSender sender;
    private final Inbound inbound;
    private final Typing typing;
    private final OutboxPump pump;
    private final FileMessages files;
    private final EngineFileTransfers fileApi;
    private final ContactPresence presence;
    private final GroupEngine groups;
    private final AtomicBoolean kickPending = new AtomicBoolean();
    private volatile boolean closed;

    private ChatEngine(Database db, UnlockedIdentity self, Transport transport, Executor eventExecutor, EngineConfig config) {
        String name = "linnet-engine-" + self.address().toString().substring(0, 8);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name(name).daemon(false).unstarted(r));
        this.ctx = new EngineContext(db, self, transport, new EventHub(eventExecutor), config, this::kickOutbox);
        this.requests = new ContactRequests(ctx);
        this.sender = new ChatSender(ctx);
        this.typing = new Typing(ctx, thread);
        this.groups = new GroupEngine(ctx, this::onEngine, typing::typed, this::onGroupFileOffer);
        this.files = new FileMessages(ctx, thread, groups.fanOut());
        this.fileApi = new EngineFileTransfers(ctx, files, this::onEngine);
        this.inbound = new Inbound(ctx, new HandshakeReceiver(ctx, requests), new ChatReceiver(ctx), typing, groups.traffic(),
                files);
        this.pump = new OutboxPump(ctx, thread);
        this.presence = new ContactPresence(ctx, thread);
    }

    /**
     * Starts an engine for {@code self} over {@code db} and {@code transport}: records the identity if the
     * database is new, subscribes to incoming messages and starts the background ticks.
     *
     * @param eventExecutor where {@link EngineEvents} listeners run ({@code Platform::runLater}, or a direct
     *     executor in tests)
     */
    public static ChatEngine start(Database db, UnlockedIdentity self, Transport transport, Executor eventExecutor,
            EngineConfig config) {
        db.useTransaction(tx -> {
            if (tx.identity().find().isEmpty()) {
                tx.identity().save(new Identity(self.address(), "", Bytes.EMPTY, Bytes.of(CryptoRandom.bytes(16)), ""));
            }
        });
        ChatEngine e = new ChatEngine(db, self, transport, eventExecutor, config);
        transport.onMessage(m -> e.onIncoming(m));
        transport.onOnline(() -> {
            e.kickOutbox();
            e.onEngineThread(e.files::online);
            e.refreshPresence();
        });
        long tick = config.tick().toMillis();
        e.thread.scheduleWithFixedDelay(e::safePass, 0, tick, TimeUnit.MILLISECONDS);
        e.thread.execute(e.files::resume);
        e.thread.scheduleWithFixedDelay(() -> e.safely("file transfer tick", e.files::tick), tick, tick, TimeUnit.MILLISECONDS);
        long presenceEvery = config.presenceRefresh().toMillis();
        e.thread.scheduleWithFixedDelay(e::safePresence, presenceEvery, presenceEvery, TimeUnit.MILLISECONDS);
        LOG.info("engine started for {}", self.address());
        return e;
    }

    private void onIncoming(StreamMessage m) {
        if (closed) {
            return;
        }
        thread.execute(() -> inbound.receive(m).ifPresent(c -> {
            if (c.state() == ContactState.APPROVED) {
                presence.heard(c.address());
                pump.flushLimited(c.address());
            }
        }));
    }

    private void kickOutbox() {
        if (!closed && kickPending.compareAndSet(false, true)) {
            thread.execute(() -> {
                kickPending.set(false);
                safePass();
            });
        }
    }

    /** File offers sent in a group, handed over by the group engine. */
    private io.linnet.chat.core.Verdict onGroupFileOffer(io.linnet.chat.store.Transaction tx, io.linnet.chat.store.Group group,
            Contact from, Address author, StreamMessage m, io.linnet.ixian.spixi.SpixiMessage s, boolean relay)
            throws io.linnet.ixian.ProtocolException {
        return files.onGroupOffer(tx, group, from, author, m, s, relay);
    }

    private void onEngineThread(Runnable work) {
        if (!closed) {
            thread.execute(() -> safely("file transfers", work));
        }
    }

    private void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("{} failed", what, e);
        }
    }

    private void refreshPresence() {
        if (!closed) {
            thread.execute(this::safePresence);
        }
    }

    private void safePresence() {
        try {
            presence.refresh();
        } catch (RuntimeException e) {
            LOG.error("presence refresh failed", e);
        }
    }

    private void safePass() {
        try {
            pump.pass();
        } catch (RuntimeException e) {
            LOG.error("outbox pass failed", e);
        }
    }

    private <T> CompletionStage<T> onEngine(Supplier<T> work) {
        if (closed) {
            return CompletableFuture.failedFuture(new ChatException("the engine is closed"));
        }
        return CompletableFuture.supplyAsync(work, thread);
    }

    @Override
    public Address address() {
        return ctx.self().address();
    }

    @Override
    public EngineEvents events() {
        return ctx.events();
    }

    @Override
    public CompletionStage<Void> setProfile(String nickname, Bytes avatar) {
        if (avatar != null && avatar.length() > LinnetWire.MAX_AVATAR_BYTES) {
            return CompletableFuture.failedFuture(new ChatException("avatars hold at most 500 000 bytes"));
        }
        return onEngine(() -> {
            ctx.db().useTransaction(tx -> {
                Identity me = tx.identity().find().orElseThrow();
                tx.identity().save(me.withNickname(nickname == null ? "" : nickname.strip())
                        .withAvatar(avatar == null ? Bytes.EMPTY : avatar));
                for (Contact c : tx.contacts().withState(ContactState.APPROVED)) {
                    if (c.handshakeStatus() == HandshakeStatus.ESTABLISHED || c.handshakeStatus() == HandshakeStatus.KEYS_SENT) {
                        Profiles.queueTo(ctx, tx, c);
                    }
                }
            });
            return null;
        });
    }

    @Override
    public CompletionStage<Contact> addContact(Address address) {
        return onEngine(() -> requests.add(address));
    }

    @Override
    public CompletionStage<Contact> acceptContact(Address address) {
        return onEngine(() -> requests.accept(address));
    }

    @Override
    public CompletionStage<Contact> declineContact(Address address) {
        return onEngine(() -> requests.decline(address));
    }

    @Override
    public CompletionStage<Contact> removeContact(Address address) {
        return onEngine(() -> requests.remove(address));
    }

    @Override
    public CompletionStage<Contact> setLocalNickname(Address address, String nickname) {
        return onEngine(() -> requests.setLocalNickname(address, nickname));
    }

    @Override
    public CompletionStage<StoredMessage> sendText(Address to, String text) {
        return onEngine(() -> groups.isGroup(to) ? groups.send(to, text, Bytes.EMPTY) : sender.send(to, text, Bytes.EMPTY));
    }

    @Override
    public CompletionStage<StoredMessage> reply(Address to, Bytes quotedId, String text) {
        return onEngine(() -> groups.isGroup(to) ? groups.send(to, text, quotedId) : sender.send(to, text, quotedId));
    }

    @Override
    public CompletionStage<Void> edit(MessageKey message, String newText) {
        return onEngine(() -> {
            if (groups.isGroup(message.conversation())) {
                groups.edit(message, newText);
            } else {
                sender.edit(message, newText);
            }
            return null;
        });
    }

    @Override
    public CompletionStage<Void> deleteForEveryone(MessageKey message) {
        return onEngine(() -> {
            if (groups.isGroup(message.conversation())) {
                groups.delete(message);
            } else {
                sender.delete(message);
            }
            return null;
        });
    }

    @Override
    public CompletionStage<Void> react(MessageKey message, String emoji) {
        return onEngine(() -> {
            String e = emoji == null ? "" : emoji;
            if (groups.isGroup(message.conversation())) {
                groups.react(message, e);
            } else {
                sender.react(message, e);
            }
            return null;
        });
    }

    @Override
    public CompletionStage<Void> typing(Address to) {
        return onEngine(() -> {
            if (groups.isGroup(to)) {
                groups.typing(to);
            } else {
                sender.typing(to);
            }
            return null;
        });
    }

    @Override
    public CompletionStage<Integer> markRead(Address conversation) {
        return onEngine(() -> groups.isGroup(conversation) ? groups.markRead(conversation) : sender.markRead(conversation));
    }

    @Override
    public CompletionStage<Integer> retry(MessageKey message) {
        return onEngine(() -> groups.isGroup(message.conversation()) ? groups.retry(message) : sender.retry(message));
    }

    @Override
    public List<Contact> contacts() {
        return ctx.db().read(tx -> tx.contacts().all());
    }

    @Override
    public List<StoredMessage> history(Address conversation, int limit) {
        List<StoredMessage> page = new ArrayList<>(ctx.db().read(tx -> tx.messages().newestPage(conversation.withoutPublicKey(), limit)));
        java.util.Collections.reverse(page);
        return page;
    }

    @Override
    public boolean isOnline(Address contact) {
        return presence.isOnline(contact);
    }

    @Override
    public List<Reaction> reactions(MessageKey message) {
        return ctx.db().read(tx -> tx.reactions().reactions(message));
    }

    @Override
    public List<StoredMessage> olderHistory(Address conversation, PageCursor before, int limit) {
        List<StoredMessage> page = new ArrayList<>(ctx.db().read(tx -> tx.messages().olderPage(conversation.withoutPublicKey(), before, limit)));
        java.util.Collections.reverse(page);
        return page;
    }

    @Override
    public Optional<StoredMessage> message(MessageKey key) {
        return ctx.db().read(tx -> tx.messages().find(key));
    }

    @Override
    public List<ConversationSummary> conversations() {
        return ctx.db().read(tx -> tx.conversations().summaries());
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return ctx.db().read(tx -> tx.search().search(query, limit));
    }

    @Override
    public Identity profile() {
        return ctx.db().read(tx -> tx.identity().find().orElseThrow());
    }

    @Override
    public GroupChats groups() {
        return groups;
    }

    @Override
    public FileTransfers files() {
        return fileApi;
    }

    /** Waits until everything queued on the engine thread so far has run (for tests and orderly shutdown). */
    public void sync() {
        CompletableFuture.runAsync(() -> { }, thread).join();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        fileApi.close();
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        LOG.info("engine stopped for {}", ctx.self().address());
    }
}
