package io.linnet.ui.groups;

import io.linnet.chat.store.Contact;
import io.linnet.ixian.address.Address;
import io.linnet.ui.common.AvatarView;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Check boxes for picking contacts (new group, adding members), kept in step with a set of addresses. */
final class MemberPicker extends VBox {
    private final ObservableList<Contact> contacts;
    private final Set<Address> selected;

    MemberPicker(ObservableList<Contact> contacts, Set<Address> selected) {
        super(6);
        this.contacts = contacts;
        this.selected = selected;
        getStyleClass().add("member-picker");
        contacts.addListener((ListChangeListener<Contact>) c -> fill());
        fill();
    }

    private void fill() {
        getChildren().clear();
        for (Contact c : contacts) {
            AvatarView avatar = new AvatarView(24);
            avatar.show(c.address().toString(), c.avatar());
            CheckBox box = new CheckBox(c.displayName());
            box.getStyleClass().add("member-check");
            box.setSelected(selected.contains(c.address()));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    selected.add(c.address());
                } else {
                    selected.remove(c.address());
                }
            });
            HBox row = new HBox(8, avatar, box);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }
}
