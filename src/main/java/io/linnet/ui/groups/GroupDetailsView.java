package io.linnet.ui.groups;

import static io.linnet.ui.common.I18n.t;

import atlantafx.base.controls.ToggleSwitch;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupRole;
import io.linnet.ui.common.AvatarView;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import io.linnet.ui.common.Page;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Group details: members, mute, leave; for the owner rename, add and remove. */
public final class GroupDetailsView extends Page {
    private final GroupDetailsViewModel vm;
    private final VBox memberRows = new VBox(6);
    private final VBox ownerOnly = new VBox(18);
    private final Label title = Forms.title("");
    private final Label mode = new Label();
    private final ToggleSwitch muted = new ToggleSwitch(t("group.muted"));
    private boolean showing;

    public GroupDetailsView(GroupDetailsViewModel vm, Runnable close) {
        super("group-details", t("group.details.title"), close);
        this.vm = vm;
        AvatarView avatar = new AvatarView(64);
        avatar.show(vm.address().toString(), null);
        title.setId("group-title");
        mode.getStyleClass().add("text-muted");
        mode.setWrapText(true);
        HBox head = new HBox(16, avatar, new VBox(4, title, mode));
        head.setAlignment(Pos.CENTER_LEFT);
        content().getChildren().add(head);

        muted.setId("group-muted");
        muted.selectedProperty().addListener((o, a, b) -> {
            if (!showing && vm.groupProperty().get() != null && vm.groupProperty().get().muted() != b) {
                vm.setMuted(b);
            }
        });
        section(t("group.notifications"), muted);
        section(t("group.members"), memberRows);

        TextField name = new TextField();
        name.setId("group-rename");
        name.textProperty().bindBidirectional(vm.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = Forms.plain(t("common.save"), "save-group-name");
        save.setOnAction(e -> vm.rename());
        Button add = Forms.plain(t("group.add.submit"), "add-members");
        add.setOnAction(e -> vm.addSelected());
        Label noneToAdd = Forms.note(t("group.add.none"));
        ownerOnly.getChildren().addAll(
                sectionBox(t("group.rename"), new HBox(8, name, save)),
                sectionBox(t("group.add"), noneToAdd, new MemberPicker(vm.addable(), vm.toAdd()), add),
                relayLimit());
        noneToAdd.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.addable()));
        noneToAdd.managedProperty().bind(noneToAdd.visibleProperty());
        add.visibleProperty().bind(noneToAdd.visibleProperty().not());
        add.managedProperty().bind(add.visibleProperty());
        content().getChildren().add(ownerOnly);

        Button leave = Forms.plain(t("group.leave"), "leave-group");
        leave.getStyleClass().add("danger");
        Button confirm = Forms.plain(t("group.leave.confirm"), "confirm-leave");
        confirm.getStyleClass().add("danger");
        Button cancel = Forms.plain(t("common.cancel"), "cancel-leave");
        Label question = Forms.note("");
        HBox confirmRow = new HBox(8, question, confirm, cancel);
        confirmRow.setAlignment(Pos.CENTER_LEFT);
        confirmRow.setVisible(false);
        confirmRow.managedProperty().bind(confirmRow.visibleProperty());
        leave.setOnAction(e -> {
            question.setText(vm.owner() ? t("group.leave.owner") : t("group.leave.question"));
            confirmRow.setVisible(true);
        });
        cancel.setOnAction(e -> confirmRow.setVisible(false));
        confirm.setOnAction(e -> vm.leave(close));
        leave.disableProperty().bind(vm.leftProperty());
        section(t("group.leave.section"), leave, confirmRow, Forms.error(vm.busy().errorProperty(), "group-details-error"));

        vm.groupProperty().addListener((o, a, g) -> showGroup(g));
        vm.members().addListener((ListChangeListener<GroupDetailsViewModel.Member>) c -> fillMembers());
        showGroup(vm.groupProperty().get());
        vm.load();
    }

    /** Hidden groups only: the largest member's file the owner passes on to the others. */
    private VBox relayLimit() {
        TextField limit = new TextField();
        limit.setId("group-relay-limit");
        limit.setPrefColumnCount(8);
        limit.textProperty().bindBidirectional(vm.relayLimitMiBProperty());
        limit.setOnAction(e -> vm.saveRelayLimit());
        Button save = Forms.plain(t("common.save"), "save-relay-limit");
        save.setOnAction(e -> vm.saveRelayLimit());
        HBox row = new HBox(8, limit, save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label note = Forms.note("");
        note.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> t("group.files.text", vm.sizeCapMiBProperty().get()), vm.sizeCapMiBProperty()));
        VBox box = sectionBox(t("group.files"), Forms.labelled(t("group.files.limit"), row), note,
                Forms.error(vm.relayBusy().errorProperty(), "group-relay-error"));
        box.visibleProperty().bind(vm.relaysFilesProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showGroup(Group g) {
        boolean owner = g != null && g.ownRole() == GroupRole.OWNER;
        ownerOnly.setVisible(owner);
        ownerOnly.setManaged(owner);
        if (g == null) {
            return;
        }
        showing = true;
        muted.setSelected(g.muted());
        showing = false;
        title.setText(g.name());
        mode.setText(g.hideParticipants() ? t(owner ? "group.mode.hidden.owner" : "group.mode.hidden") : t("group.mode.open"));
        fillMembers();
    }

    private void fillMembers() {
        memberRows.getChildren().clear();
        Group g = vm.groupProperty().get();
        boolean owner = vm.owner();
        boolean hidden = g != null && g.hideParticipants();
        for (GroupDetailsViewModel.Member m : vm.members()) {
            String shown = m.me() ? t("group.member.you") : m.name().isEmpty() ? t("group.member.unnamed") : m.name();
            String addr = hidden && owner && m.member().realAddress() != null
                    ? t("group.member.real", m.member().realAddress()) : m.member().address().toString();
            HBox row = Forms.person(m.member().address().toString(), null, 32,
                    shown + (m.member().role() == GroupRole.OWNER ? "  · " + t("group.member.owner") : ""), addr, "monospace");
            row.getStyleClass().add("member-row");
            if (owner && !m.me()) {
                Button remove = Icons.button(Feather.USER_MINUS, t("group.member.remove"), "remove-member");
                remove.setOnAction(e -> vm.remove(m));
                row.getChildren().add(remove);
            }
            memberRows.getChildren().add(row);
        }
    }
}
