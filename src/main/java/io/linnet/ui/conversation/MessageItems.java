package io.linnet.ui.conversation;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.Reaction;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ui.common.I18n;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns stored messages into list items: reactions grouped, group authors named, replies quoted, files and
 * image thumbnails attached. Reads the
 * database, so it runs in the background; one per conversation, with the author names read once.
 */
final class MessageItems {
    private final Messenger messenger;
    private final Address conversation;
    private final boolean group;
    private final Map<Address, String> names = new HashMap<>();
    private final Thumbnails thumbnails = new Thumbnails();

    MessageItems(Messenger messenger, Address conversation, boolean group) {
        this.messenger = messenger;
        this.conversation = conversation;
        this.group = group;
        refreshNames();
    }

    /** Reads the member and contact names again (after a group or contact change). */
    synchronized void refreshNames() {
        names.clear();
        for (Contact c : messenger.contacts()) {
            names.put(c.address(), c.displayName());
        }
        if (group) {
            for (GroupMember m : messenger.groups().members(conversation)) {
                String n = !m.nickname().isEmpty() ? m.nickname() : names.getOrDefault(m.realAddress(), "");
                if (!n.isEmpty()) {
                    names.put(m.address(), n);
                }
            }
        }
    }

    synchronized MessageItem item(StoredMessage m) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> mine = new HashMap<>();
        Address me = messenger.address();
        for (Reaction r : messenger.reactions(m.key())) {
            counts.computeIfAbsent(r.reaction(), k -> new int[1])[0]++;
            if (r.sender().equals(me)) {
                mine.put(r.reaction(), true);
            }
        }
        List<MessageItem.Reactions> reactions = counts.entrySet().stream()
                .map(e -> new MessageItem.Reactions(e.getKey(), e.getValue()[0], mine.containsKey(e.getKey()))).toList();
        String author = "";
        String authorKey = "";
        if (group && !m.direction().equals(io.linnet.chat.store.Direction.OUTGOING) && m.author() != null) {
            authorKey = m.author().toString();
            author = names.getOrDefault(m.author(), shortAddress(m.author()));
        }
        String quote = "";
        if (!m.replyTo().isEmpty()) {
            quote = messenger.message(new MessageKey(conversation, m.replyTo()))
                    .map(q -> q.deleted() ? I18n.t("message.deleted") : q.body())
                    .map(s -> s.length() > 140 ? s.substring(0, 140) + "…" : s)
                    .orElse(I18n.t("message.quoteMissing"));
        }
        FileTransfer file = messenger.files().forMessage(m.key()).orElse(null);
        return new MessageItem(m, reactions, author, authorKey, quote, file, file == null ? null : thumbnails.of(file));
    }

    List<MessageItem> items(List<StoredMessage> page) {
        return page.stream().map(this::item).toList();
    }

    static String shortAddress(Address a) {
        String s = a.toString();
        return s.length() > 12 ? s.substring(0, 6) + "…" + s.substring(s.length() - 4) : s;
    }
}
