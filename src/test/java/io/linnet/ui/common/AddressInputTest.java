package io.linnet.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.linnet.ixian.address.Address;
import org.junit.jupiter.api.Test;

/** What the add-contact field accepts: the address, ixian: links, blanks around them; and why not otherwise. */
class AddressInputTest {
    static final String A = "3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWU";

    @Test
    void addressesAndLinks() throws Exception {
        Address a = Address.parse(A);
        for (String s : new String[] {A, "  " + A + "\n", "ixian:" + A, "IXIAN://" + A, "ixian:" + A + "?nick=bob", "ixian:" + A + "/x"}) {
            assertEquals(a, ((AddressInput.Result.Valid) AddressInput.check(s)).address(), s);
        }
    }

    @Test
    void whyNot() {
        assertInstanceOf(AddressInput.Result.Empty.class, AddressInput.check("  "));
        assertEquals(I18n.t("address.invalid.characters"), ((AddressInput.Result.Invalid) AddressInput.check(A.substring(0, 20) + "0")).reason());
        assertEquals(I18n.t("address.invalid.length"), ((AddressInput.Result.Invalid) AddressInput.check(A.substring(0, 30))).reason());
        char last = A.charAt(A.length() - 1);
        String typo = A.substring(0, A.length() - 1) + (last == 'U' ? 'V' : 'U');
        assertEquals(I18n.t("address.invalid.checksum"), ((AddressInput.Result.Invalid) AddressInput.check(typo)).reason());
    }
}
