package io.linnet.store;

import static io.linnet.store.Fixtures.address;
import static io.linnet.store.Fixtures.at;
import static io.linnet.store.Fixtures.incoming;
import static io.linnet.store.Fixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.SearchHit;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessageSearchTest {
    private final SqliteDatabase db = SqliteDatabase.inMemory();
    private final Address alice = address(1);
    private final Address bob = address(2);

    @BeforeEach
    void fill() {
        db.useTransaction(tx -> {
            tx.messages().insertIncomingIfNew(incoming(alice, 1, "Meet me at the Café on Friday", 1));
            tx.messages().insertIncomingIfNew(incoming(alice, 2, "friday works, the cafe it is", 2));
            tx.messages().insertIncomingIfNew(incoming(bob, 3, "Saturday hike? Bring water", 3));
            tx.messages().insertIncomingIfNew(incoming(bob, 4, "東京で会いましょう", 4));
            tx.messages().insertOutgoing(Fixtures.outgoing(bob, 5, "I'll bring the map on friday", 5));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Bytes> ids(String query) {
        return db.read(tx -> tx.search().search(query, 50)).stream().map(h -> h.message().key().messageId()).toList();
    }

    @Test
    void findsWholeWordsIgnoringCaseAndAccentsNewestFirst() {
        assertEquals(List.of(Fixtures.id(5), Fixtures.id(2), Fixtures.id(1)), ids("FRIDAY"));
        assertEquals(List.of(Fixtures.id(2), Fixtures.id(1)), ids("cafe"));
        assertEquals(List.of(Fixtures.id(2), Fixtures.id(1)), ids("Café"));
        assertEquals(List.of(Fixtures.id(1)), ids("meet friday"), "every word must match");
        assertEquals(List.of(), ids("fri"), "whole words only");
        assertEquals(List.of(), ids("nothing-here"));
        assertEquals(List.of(), ids("  ,.!? "), "a query without words finds nothing");
        assertEquals(List.of(Fixtures.id(4)), ids("東京"), "Han characters match one by one");
        assertEquals(List.of(Fixtures.id(4)), ids("京"));
    }

    @Test
    void searchesOneConversationAndLimits() {
        List<SearchHit> hits = db.read(tx -> tx.search().search(bob, "friday", 10));
        assertEquals(1, hits.size());
        assertEquals(key(bob, 5), hits.getFirst().message().key());
        assertEquals(bob, hits.getFirst().message().key().conversation());
        assertEquals(2, db.read(tx -> tx.search().search(alice, "friday", 10)).size());
        assertEquals(1, db.read(tx -> tx.search().search("friday", 1)).size());
        assertTrue(db.read(tx -> tx.search().search(address(99), "friday", 10)).isEmpty());
    }

    @Test
    void deletedMessagesLeaveTheIndexAndEditsReplaceTheirWords() {
        db.useTransaction(tx -> tx.messages().deleteForEveryone(key(alice, 1), at(10)));
        assertEquals(List.of(Fixtures.id(5), Fixtures.id(2)), ids("friday"));
        assertEquals(List.of(), ids("meet"));

        db.useTransaction(tx -> tx.messages().edit(key(bob, 3), "Sunday hike? Bring snacks", at(11)));
        assertEquals(List.of(), ids("saturday"));
        assertEquals(List.of(), ids("water"));
        assertEquals(List.of(Fixtures.id(3)), ids("sunday snacks"));
        assertEquals("Sunday hike? Bring snacks", db.read(tx -> tx.search().search("hike", 5)).getFirst().message().body());
    }

    @Test
    void snippetsHighlightTheMatchedWords() {
        SearchHit hit = db.read(tx -> tx.search().search(alice, "cafe", 5)).getLast();
        assertEquals("Meet me at the Café on Friday", hit.snippet());
        assertEquals(List.of(new SearchHit.Highlight(15, 19)), hit.highlights());
        assertEquals("Café", hit.snippet().substring(15, 19));

        String longBody = "word ".repeat(60) + "needle in a haystack " + "tail ".repeat(60);
        db.useTransaction(tx -> tx.messages().insertIncomingIfNew(incoming(alice, 9, longBody, 9)));
        SearchHit far = db.read(tx -> tx.search().search("needle", 5)).getFirst();
        assertTrue(far.snippet().startsWith("…") && far.snippet().endsWith("…"), far.snippet());
        assertTrue(far.snippet().length() < 160, far.snippet());
        SearchHit.Highlight h = far.highlights().getFirst();
        assertEquals("needle", far.snippet().substring(h.start(), h.end()));
    }
}
