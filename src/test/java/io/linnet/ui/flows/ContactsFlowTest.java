package io.linnet.ui.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.app.DesktopTestbed;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.ixian.address.Address;
import io.linnet.ui.Session;
import io.linnet.ui.common.I18n;
import io.linnet.ui.common.ImageBytes;
import io.linnet.ui.common.QrCodes;
import io.linnet.ui.contacts.ContactsViewModel;
import io.linnet.ui.common.UiThreads;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;

/** Adding contacts by address, from a QR picture and by accepting a request; details and removal. */
class ContactsFlowTest extends DesktopUiTest {

    static boolean established(Messenger m, Address other) {
        return m.contacts().stream().anyMatch(c -> c.address().equals(other) && c.handshakeStatus() == HandshakeStatus.ESTABLISHED);
    }

    @Test
    void addAContactByPastingTheAddressValidatedAsTyped() throws Exception {
        Session alice = window("alice");
        Session bob = other("bob");
        String bobAddress = bob.messenger().address().toString();

        click("#open-contacts");
        visible("#contacts-page");
        assertEquals(alice.messenger().address().toString(), text("#own-address"));
        Image qr = fx(() -> robot.lookup("#own-qr").queryAs(ImageView.class).getImage());
        assertEquals(Optional.of(alice.messenger().address().toString()), QrCodes.decode(qr), "the QR code holds our address");

        type("#add-address", bobAddress.substring(0, 20));
        assertEquals(I18n.t("address.invalid.length"), text("#add-address-hint"));
        assertTrue(fx(() -> robot.lookup("#add-contact").queryAs(Button.class).isDisabled()));
        String typo = bobAddress.substring(0, bobAddress.length() - 1) + (bobAddress.endsWith("z") ? "y" : "z");
        retype("#add-address", typo);
        assertEquals(I18n.t("address.invalid.checksum"), text("#add-address-hint"));
        retype("#add-address", "ixian:" + bobAddress);
        assertEquals(I18n.t("contacts.add.valid"), text("#add-address-hint"));
        click("#add-contact");
        visible("#add-info");
        assertEquals("", text("#add-address"));

        DesktopTestbed.until(() -> bob.messenger().contacts().stream().anyMatch(c -> c.state() == ContactState.REQUEST_RECEIVED), "bob gets the request");
        DesktopTestbed.await(bob.messenger().acceptContact(alice.messenger().address()));
        DesktopTestbed.until(() -> established(alice.messenger(), bob.messenger().address()), "established");
        // the new contact is a chat in the list, and its details open from the contacts panel
        until(() -> fx(() -> shell.mainModel().chats().find(bob.messenger().address()).isPresent()), "bob in the chat list");
        visible("#open-contact");
        click("#open-contact");
        visible("#contact-details");
        assertEquals("bob", text("#contact-name"));
        type("#contact-nickname", "Bobby");
        click("#save-nickname");
        DesktopTestbed.until(() -> alice.messenger().contacts().getFirst().localNickname().equals("Bobby"), "local nickname saved");
        until(() -> "Bobby".equals(text("#contact-name")), "the new name shows");
        click("#remove-contact");
        click("#confirm-remove");
        DesktopTestbed.until(() -> alice.messenger().contacts().getFirst().state() == ContactState.REMOVED, "removed");
    }

    @Test
    void acceptAnIncomingRequest() throws Exception {
        Session alice = window("alice");
        Session carol = other("carol");
        DesktopTestbed.await(carol.messenger().addContact(alice.messenger().address()));
        until(() -> robot.lookup("#requests-badge").tryQuery().map(n -> n.isVisible()).orElse(false), "the request badge");
        assertEquals("1", text("#requests-badge"));
        click("#open-contacts");
        visible("#requests-section");
        click("#accept-request");
        DesktopTestbed.until(() -> established(carol.messenger(), alice.messenger().address())
                && established(alice.messenger(), carol.messenger().address()), "established both ways");
        until(() -> !robot.lookup("#requests-badge").query().isVisible(), "no request waits any more");
        until(() -> robot.lookup(".contact-row").tryQuery().isPresent(), "carol among the contacts");
    }

    @Test
    void addFromAPictureOfAQrCodeAndFromAnIxianLink() throws Exception {
        Session bob = other("bob");
        Path picture = dir.resolve("bob-qr.png");
        Image qr = fx(() -> QrCodes.encode(bob.messenger().address().toString(), 240));
        try (OutputStream out = Files.newOutputStream(picture)) {
            ImageBytes.writePng(qr, out);
        }
        Path notQr = dir.resolve("blank.png");
        try (OutputStream out = Files.newOutputStream(notQr)) {
            ImageBytes.writePng(fx(() -> new javafx.scene.image.WritableImage(50, 50)), out);
        }
        Session alice = window("alice");
        ContactsViewModel vm = fx(() -> new ContactsViewModel(alice.messenger(), new UiThreads(Platform::runLater, Executors.newSingleThreadExecutor())));
        fx(() -> {
            vm.readQr(notQr);
            return null;
        });
        until(() -> I18n.t("contacts.qr.none").equals(vm.busy().errorProperty().get()), "no QR code in a blank picture");
        fx(() -> {
            vm.readQr(picture);
            return null;
        });
        until(() -> bob.messenger().address().toString().equals(vm.addressTextProperty().get()), "the address read from the picture");
        assertTrue(fx(() -> vm.validProperty().get()));

        // an ixian: link on the command line opens the contacts panel with the address filled in
        fx(() -> {
            shell.mainView().showContacts("ixian:" + bob.messenger().address());
            return null;
        });
        visible("#contacts-page");
        until(() -> ("ixian:" + bob.messenger().address()).equals(text("#add-address")), "the link in the address field");
        assertEquals(I18n.t("contacts.add.valid"), text("#add-address-hint"));
    }
}
