package io.linnet.ui.contacts;

import static io.linnet.ui.common.I18n.t;

import io.linnet.chat.store.Contact;
import io.linnet.ui.common.AvatarView;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Page;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One contact: picture, names, address, our own name for it, message, remove. */
public final class ContactDetailsView extends Page {
    public ContactDetailsView(ContactDetailsViewModel vm, Runnable close, Runnable message) {
        super("contact-details", t("contact.title"), close);
        AvatarView avatar = new AvatarView(72);
        Label name = Forms.title("");
        name.setId("contact-name");
        Label state = new Label();
        state.getStyleClass().add("text-muted");
        TextField address = new TextField();
        address.setEditable(false);
        address.getStyleClass().add("monospace");
        address.setId("contact-address");
        Runnable show = () -> {
            Contact c = vm.contactProperty().get();
            avatar.show(c.address().toString(), c.avatar());
            name.setText(c.displayName());
            state.setText(t("contact.state." + c.state().name().toLowerCase(java.util.Locale.ROOT))
                    + (c.nickname().isEmpty() ? "" : " · " + t("contact.announced", c.nickname())));
            address.setText(c.address().toString());
        };
        vm.contactProperty().addListener((o, a, b) -> show.run());
        show.run();
        Button chat = Forms.accent(t("contact.message"), "message-contact");
        chat.setOnAction(e -> message.run());
        HBox head = new HBox(16, avatar, new VBox(4, name, state, chat));
        head.setAlignment(Pos.CENTER_LEFT);
        content().getChildren().add(head);
        section(t("contact.address"), address);

        TextField nickname = new TextField();
        nickname.setId("contact-nickname");
        nickname.setPromptText(t("contact.nickname.prompt"));
        nickname.textProperty().bindBidirectional(vm.nicknameProperty());
        HBox.setHgrow(nickname, Priority.ALWAYS);
        Button save = Forms.plain(t("common.save"), "save-nickname");
        save.setOnAction(e -> vm.saveNickname());
        nickname.setOnAction(e -> vm.saveNickname());
        section(t("contact.nickname"), new HBox(8, nickname, save), Forms.note(t("contact.nickname.text")));

        Button remove = Forms.plain(t("contact.remove"), "remove-contact");
        remove.getStyleClass().add("danger");
        Button confirm = Forms.plain(t("contact.remove.confirm"), "confirm-remove");
        confirm.getStyleClass().add("danger");
        Button cancel = Forms.plain(t("common.cancel"), "cancel-remove");
        HBox confirmRow = new HBox(8, Forms.note(t("contact.remove.question")), confirm, cancel);
        confirmRow.setAlignment(Pos.CENTER_LEFT);
        confirmRow.setVisible(false);
        confirmRow.managedProperty().bind(confirmRow.visibleProperty());
        remove.setOnAction(e -> confirmRow.setVisible(true));
        cancel.setOnAction(e -> confirmRow.setVisible(false));
        confirm.setOnAction(e -> vm.remove(close));
        section(t("contact.remove.section"), Forms.note(t("contact.remove.text")), remove, confirmRow,
                Forms.error(vm.busy().errorProperty(), "contact-error"));
    }
}
