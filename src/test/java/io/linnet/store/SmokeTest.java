package io.linnet.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.address.Address;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void roundTrip() {
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            Address a = Fixtures.address(1);
            db.useTransaction(tx -> {
                assertTrue(tx.messages().insertIncomingIfNew(Fixtures.incoming(a, 1, "hello world", 1)));
            });
            var page = db.read(tx -> tx.messages().newestPage(a, 10));
            assertEquals("hello world", page.getFirst().body());
            assertEquals(1, db.read(tx -> tx.search().search("HELLO", 10)).size());
        }
    }
}
