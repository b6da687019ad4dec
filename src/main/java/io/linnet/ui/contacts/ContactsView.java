package io.linnet.ui.contacts;

import static io.linnet.ui.common.I18n.t;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import io.linnet.ui.common.Page;
import io.linnet.ui.common.QrCodes;
import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

/** The contacts panel: own address with QR code, add by address or QR picture, requests, the contact list. */
public final class ContactsView extends Page {
    private final ContactsViewModel vm;
    private final TextField address = new TextField();
    private final VBox requestRows = new VBox(8);
    private final VBox contactRows = new VBox(4);
    private final Consumer<Contact> openDetails;

    public ContactsView(ContactsViewModel vm, Runnable close, Consumer<Contact> openDetails) {
        super("contacts-page", t("contacts.title"), close);
        this.vm = vm;
        this.openDetails = openDetails;
        ownAddress();
        addContact();
        VBox requests = section(t("contacts.requests"), requestRows);
        requests.setId("requests-section");
        requests.visibleProperty().bind(Bindings.isNotEmpty(vm.requests()));
        requests.managedProperty().bind(requests.visibleProperty());
        Label none = Forms.note(t("contacts.none"));
        none.visibleProperty().bind(Bindings.isEmpty(vm.contacts()));
        none.managedProperty().bind(none.visibleProperty());
        section(t("contacts.list"), none, contactRows);
        vm.requests().addListener((ListChangeListener<Contact>) c -> fillRequests());
        vm.contacts().addListener((ListChangeListener<Contact>) c -> fillContacts());
        fillRequests();
        fillContacts();
    }

    private void ownAddress() {
        String me = vm.me().toString();
        ImageView qr = new ImageView(QrCodes.encode(me, 180));
        qr.setId("own-qr");
        qr.setFitWidth(180);
        qr.setFitHeight(180);
        qr.setSmooth(false);
        qr.setAccessibleText(t("contacts.me.qr"));
        TextField text = new TextField(me);
        text.setId("own-address");
        text.setEditable(false);
        text.getStyleClass().add("monospace");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = new Button(t("contacts.me.copy"), Icons.of(Feather.COPY, 14));
        copy.setId("copy-address");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(me);
            Clipboard.getSystemClipboard().setContent(c);
            copy.setText(t("contacts.me.copied"));
        });
        VBox right = new VBox(10, Forms.note(t("contacts.me.text")), new HBox(8, text, copy));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(18, qr, right);
        box.setAlignment(Pos.CENTER_LEFT);
        section(t("contacts.me"), box);
    }

    private void addContact() {
        address.setId("add-address");
        address.setPromptText(t("contacts.add.prompt"));
        address.textProperty().bindBidirectional(vm.addressTextProperty());
        address.setOnAction(e -> vm.add());
        HBox.setHgrow(address, Priority.ALWAYS);
        Button add = Forms.accent(t("contacts.add.submit"), "add-contact");
        add.disableProperty().bind(vm.validProperty().not().or(vm.busy().busyProperty()));
        add.setOnAction(e -> vm.add());
        Button fromQr = new Button(t("contacts.qr.fromImage"), Icons.of(Feather.IMAGE, 14));
        fromQr.setId("qr-from-image");
        fromQr.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t("contacts.qr.fromImage"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t("files.images"), "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.readQr(f.toPath());
            }
        });
        Label hint = Forms.whenSet(vm.hintProperty(), "add-address-hint", "text-small");
        vm.validProperty().addListener((o, a, ok) -> {
            hint.getStyleClass().removeAll("success", "danger");
            hint.getStyleClass().add(ok ? "success" : "danger");
        });
        section(t("contacts.add"), new HBox(8, address, add), hint, fromQr, Forms.info(vm.infoProperty(), "add-info"),
                Forms.error(vm.busy().errorProperty(), "contacts-error"));
    }

    private void fillRequests() {
        requestRows.getChildren().clear();
        for (Contact c : vm.requests()) {
            Button accept = Forms.accent(t("contacts.request.accept"), "accept-request");
            accept.setMinWidth(Region.USE_PREF_SIZE);
            accept.setOnAction(e -> vm.accept(c));
            Button decline = Forms.plain(t("contacts.request.decline"), "decline-request");
            decline.setMinWidth(Region.USE_PREF_SIZE);
            decline.setOnAction(e -> vm.decline(c));
            HBox row = row(c, t("contacts.request.text"));
            row.getChildren().addAll(accept, decline);
            row.getStyleClass().add("request-row");
            requestRows.getChildren().add(row);
        }
    }

    private void fillContacts() {
        contactRows.getChildren().clear();
        for (Contact c : vm.contacts()) {
            HBox row = row(c, c.state() == ContactState.REQUEST_SENT ? t("contacts.state.waiting") : c.address().toString());
            Button open = Icons.button(Feather.CHEVRON_RIGHT, t("contacts.details"), "open-contact");
            open.setOnAction(e -> openDetails.accept(c));
            row.getChildren().add(open);
            row.getStyleClass().add("contact-row");
            row.setOnMouseClicked(e -> openDetails.accept(c));
            contactRows.getChildren().add(row);
        }
    }

    private static HBox row(Contact c, String second) {
        return Forms.person(c.address().toString(), c.avatar(), 36, c.displayName(), second);
    }

    /** Puts the caret in the address field (an ixian: link opens this panel). */
    public void focusAddress() {
        address.requestFocus();
    }
}
