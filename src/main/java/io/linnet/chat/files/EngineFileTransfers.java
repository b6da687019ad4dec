package io.linnet.chat.files;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.FileSettings;
import io.linnet.chat.api.FileTransfers;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.EngineThread;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.MessageKey;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.TransferUid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * {@link FileTransfers} over the engine: use cases hop onto the engine thread; copying and hashing a file
 * to send runs on a virtual thread first, so the engine never waits for the disk on a large file.
 */
public final class EngineFileTransfers implements FileTransfers, AutoCloseable {
    private final EngineContext ctx;
    private final FileMessages files;
    private final EngineThread engine;
    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();

    public EngineFileTransfers(EngineContext ctx, FileMessages files, EngineThread engine) {
        this.ctx = ctx;
        this.files = files;
        this.engine = engine;
    }

    @Override
    public CompletionStage<FileTransfer> send(Address conversation, Path file) {
        if (!files.enabled()) {
            return CompletableFuture.failedFuture(new ChatException("this profile has no file folders"));
        }
        TransferUid uid = TransferUid.random();
        long max = settings().maxBytes();
        CompletableFuture<FileStore.Staged> staged;
        try {
            staged = CompletableFuture.supplyAsync(() -> stage(file, uid, max), io);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new ChatException("the engine is closed"));
        }
        return staged.thenCompose(s -> engine.submit(() -> files.offer(conversation, file, uid, s)))
                .whenComplete((t, e) -> {
                    if (e != null) {
                        files.store().dropStaged(uid);
                    }
                });
    }

    private FileStore.Staged stage(Path file, TransferUid uid, long max) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                throw new ChatException(file + " is not a regular file");
            }
            if (Files.size(file) > max) {
                throw new ChatException("the file has " + Files.size(file) + " bytes, more than the limit of " + max);
            }
            FileStore.Staged s = files.store().stage(file, uid, max);
            if (s.size() > max) {
                throw new ChatException("the file is larger than the limit of " + max + " bytes");
            }
            return s;
        } catch (IOException e) {
            throw new CompletionException(new ChatException("cannot read " + file + ": " + e.getMessage(), e));
        }
    }

    @Override
    public CompletionStage<FileTransfer> accept(long transferId) {
        return onEngine(() -> files.accept(transferId));
    }

    @Override
    public CompletionStage<FileTransfer> cancel(long transferId) {
        return onEngine(() -> files.cancel(transferId));
    }

    @Override
    public Optional<FileTransfer> find(long transferId) {
        return ctx.db().read(tx -> tx.files().find(transferId));
    }

    @Override
    public Optional<FileTransfer> forMessage(MessageKey message) {
        return ctx.db().read(tx -> tx.files().forMessage(message));
    }

    @Override
    public List<FileTransfer> inConversation(Address conversation) {
        return ctx.db().read(tx -> tx.files().inConversation(conversation.withoutPublicKey()));
    }

    @Override
    public List<FileTransfer> recent(int limit) {
        return ctx.db().read(tx -> tx.files().recent(limit));
    }

    @Override
    public FileSettings settings() {
        return ctx.db().read(StoredFileSettings::read);
    }

    @Override
    public CompletionStage<FileSettings> updateSettings(FileSettings settings) {
        return onEngine(() -> {
            ctx.db().useTransaction(tx -> StoredFileSettings.write(tx, settings));
            return settings;
        });
    }

    @Override
    public CompletionStage<Long> setGroupRelayLimit(Address group, long maxBytes) {
        return onEngine(() -> {
            if (maxBytes < 0) {
                throw new ChatException("a relay limit cannot be negative");
            }
            ctx.db().useTransaction(tx -> {
                io.linnet.chat.store.Group g = tx.groups().find(group.withoutPublicKey())
                        .orElseThrow(() -> new ChatException("unknown group " + group));
                if (!g.owner().equals(ctx.self().address())) {
                    throw new ChatException("only the group's owner relays its files");
                }
                StoredFileSettings.setGroupRelayLimit(tx, g.address(), maxBytes);
            });
            return maxBytes;
        });
    }

    @Override
    public long groupRelayLimit(Address group) {
        return ctx.db().read(tx -> StoredFileSettings.groupRelayLimit(tx, group));
    }

    @Override
    public Optional<Path> downloadsFolder() {
        return Optional.ofNullable(ctx.config().files().downloads());
    }

    private <T> CompletionStage<T> onEngine(Supplier<T> work) {
        return engine.submit(work);
    }

    @Override
    public void close() {
        io.shutdownNow();
    }
}
