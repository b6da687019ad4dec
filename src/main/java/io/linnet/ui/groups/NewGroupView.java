package io.linnet.ui.groups;

import static io.linnet.ui.common.I18n.t;

import atlantafx.base.controls.ToggleSwitch;
import io.linnet.chat.store.Group;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Page;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The new-group panel. */
public final class NewGroupView extends Page {
    public NewGroupView(NewGroupViewModel vm, Runnable close, Consumer<Group> created) {
        super("new-group", t("group.new.title"), close);
        TextField name = new TextField();
        name.setId("group-name");
        name.setPromptText(t("group.name.prompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        content().getChildren().add(Forms.labelled(t("group.name"), name));

        Label none = Forms.note(t("group.new.noContacts"));
        none.visibleProperty().bind(Bindings.isEmpty(vm.candidates()));
        none.managedProperty().bind(none.visibleProperty());
        section(t("group.members"), none, new MemberPicker(vm.candidates(), vm.selected()));

        ToggleSwitch hide = new ToggleSwitch(t("group.hide"));
        hide.setId("hide-participants");
        hide.selectedProperty().bindBidirectional(vm.hideParticipantsProperty());
        section(t("group.privacy"), hide, Forms.note(t("group.hide.text")));

        TextField channels = new TextField();
        channels.setId("group-channels");
        channels.setPromptText(t("group.channels.prompt"));
        channels.textProperty().bindBidirectional(vm.channelsProperty());
        section(t("group.channels"), channels, Forms.note(t("group.channels.text")));

        Button create = Forms.accent(t("group.new.submit"), "create-group");
        create.disableProperty().bind(vm.canCreate().not());
        create.setOnAction(e -> vm.create(created));
        content().getChildren().addAll(Forms.error(vm.busy().errorProperty(), "group-error"),
                Forms.buttons(Forms.spinner(vm.busy().busyProperty()), create));
        vm.load();
    }
}
