package io.linnet.chat.engine;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A seeded mix of everything members do in a group, through the {@link Messenger} API only: texts, replies,
 * edits, reactions and their removal, deletes, typing and read marks by random members (and the owner),
 * plus, when asked, the owner's group changes (avatar, rename, removing and re-adding a member) and a
 * member leaving and being added back. Counts what it did per kind.
 */
public final class GroupScript {
    /** What the script does. */
    public enum Kind { TEXT, REPLY, EDIT, REACT, UNREACT, DELETE, TYPING, READ, GROUP_CHANGE }

    private final Messenger owner;
    private final List<Messenger> members;
    private final Address group;
    private final SplittableRandom random;
    private final Map<Kind, Integer> done = new EnumMap<>(Kind.class);
    private final List<StoredMessage> texts = new ArrayList<>();

    public GroupScript(Messenger owner, List<Messenger> members, Address group, long seed) {
        this.owner = owner;
        this.members = members;
        this.group = group;
        this.random = new SplittableRandom(seed);
    }

    /** Runs {@code actions} actions; with {@code changes} the owner also changes the group along the way. */
    public Map<Kind, Integer> run(int actions, boolean changes) {
        for (int i = 0; i < actions; i++) {
            if (changes && i > 0 && i % (actions / 5) == 0) {
                groupChange(i / (actions / 5));
            }
            Messenger who = random.nextInt(6) == 0 ? owner : members.get(random.nextInt(members.size()));
            act(i, who);
        }
        return done;
    }

    /** Every text and reply the script sent, with its author's view of it. */
    public List<StoredMessage> texts() {
        return texts;
    }

    private void act(int i, Messenger who) {
        int roll = random.nextInt(100);
        Kind k = roll < 40 ? Kind.TEXT : roll < 50 ? Kind.REPLY : roll < 60 ? Kind.EDIT : roll < 72 ? Kind.REACT
                : roll < 77 ? Kind.UNREACT : roll < 82 ? Kind.DELETE : roll < 90 ? Kind.TYPING : Kind.READ;
        List<StoredMessage> seen = live(who);
        List<StoredMessage> own = seen.stream().filter(m -> m.direction() == io.linnet.chat.store.Direction.OUTGOING).toList();
        try {
            switch (k) {
                case TEXT -> texts.add(await(who.sendText(group, "message " + i + " " + "x".repeat(random.nextInt(40)))));
                case REPLY -> {
                    if (seen.isEmpty()) {
                        return;
                    }
                    texts.add(await(who.reply(group, pick(seen).key().messageId(), "reply " + i)));
                }
                case EDIT -> {
                    if (own.isEmpty()) {
                        return;
                    }
                    await(who.edit(pick(own).key(), "edited " + i));
                }
                case REACT, UNREACT -> {
                    if (seen.isEmpty()) {
                        return;
                    }
                    await(who.react(pick(seen).key(), k == Kind.REACT ? List.of("👍", "🎉", "❤️", "😂").get(random.nextInt(4)) : ""));
                }
                case DELETE -> {
                    if (own.isEmpty()) {
                        return;
                    }
                    await(who.deleteForEveryone(pick(own).key()));
                }
                case TYPING -> await(who.typing(group));
                case READ -> await(who.markRead(group));
                default -> throw new IllegalStateException();
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof ChatException) {
                return; // e.g. we were just removed from the group: nothing was done
            }
            throw e;
        }
        done.merge(k, 1, Integer::sum);
    }

    private void groupChange(int step) {
        Messenger last = members.getLast();
        switch (step % 5) {
            case 1 -> await(owner.groups().setAvatar(group, Bytes.of(new byte[] {(byte) step, 1, 2, 3})));
            case 2 -> await(owner.groups().rename(group, "renamed " + step));
            case 3 -> {
                Address seen = owner.groups().members(group).stream().filter(m -> last.address().equals(m.realAddress()))
                        .findFirst().orElseThrow().address();
                await(owner.groups().removeMember(group, seen));
                await(owner.groups().addMembers(group, List.of(last.address())));
            }
            case 4 -> {
                Messenger leaver = members.getFirst();
                await(leaver.groups().leave(group));
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (owner.groups().members(group).stream().anyMatch(m -> leaver.address().equals(m.realAddress()))) {
                    if (System.nanoTime() > end) {
                        throw new AssertionError("the owner never heard of the leave");
                    }
                    Thread.onSpinWait();
                }
                await(owner.groups().addMembers(group, List.of(leaver.address())));
            }
            default -> { }
        }
        done.merge(Kind.GROUP_CHANGE, 1, Integer::sum);
    }

    private List<StoredMessage> live(Messenger who) {
        return who.history(group, 30).stream().filter(m -> !m.deleted()).toList();
    }

    private StoredMessage pick(List<StoredMessage> from) {
        return from.get(random.nextInt(from.size()));
    }

    static <T> T await(CompletionStage<T> s) {
        try {
            return s.toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
