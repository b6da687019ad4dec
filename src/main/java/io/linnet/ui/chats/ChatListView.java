package io.linnet.ui.chats;

import static io.linnet.ui.common.I18n.t;

import atlantafx.base.controls.CustomTextField;
import io.linnet.chat.store.SearchHit;
import io.linnet.ixian.address.Address;
import io.linnet.ui.common.Forms;
import io.linnet.ui.common.Icons;
import io.linnet.ui.common.TimeText;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The left column: the search box, the chats it leaves, and the messages it finds. */
public final class ChatListView extends VBox {
    private final ChatListViewModel vm;
    private final CustomTextField search = new CustomTextField();
    private final ListView<ChatItem> list = new ListView<>();
    private final Consumer<Address> open;

    public ChatListView(ChatListViewModel vm, Clock clock, Consumer<Address> open) {
        this.vm = vm;
        this.open = open;
        getStyleClass().add("chat-list-pane");
        search.setId("chat-search");
        search.setPromptText(t("chats.search.prompt"));
        search.setLeft(Icons.of(Feather.SEARCH, 14));
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setAccessibleText(t("chats.search.prompt"));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                open.accept(list.getItems().getFirst().address());
                e.consume();
            }
        });

        list.setId("chat-list");
        list.setItems(vm.visible());
        list.setCellFactory(v -> new ChatCell(clock));
        list.getStyleClass().add("chat-list");
        // opening follows the user's click or Enter, never a selection change (the list reloads and reselects)
        list.setOnMouseClicked(e -> openSelected(list));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                openSelected(list);
                e.consume();
            }
        });
        Label empty = Forms.note(t("chats.empty"));
        empty.setId("chats-empty");
        StackPane listArea = new StackPane(list, empty);
        empty.visibleProperty().bind(Bindings.isEmpty(vm.visible()));
        VBox.setVgrow(listArea, Priority.ALWAYS);

        ListView<SearchHit> hits = new ListView<>(vm.hits());
        hits.setId("search-hits");
        hits.getStyleClass().add("search-hits");
        hits.setCellFactory(v -> new HitCell(vm, clock));
        hits.setPrefHeight(220);
        hits.setOnMouseClicked(e -> openHit(hits));
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openHit(hits);
            }
        });
        Label hitsTitle = new Label(t("chats.search.messages"));
        hitsTitle.getStyleClass().addAll("text-small", "text-muted", "section-title");
        VBox hitsBox = new VBox(4, hitsTitle, hits);
        hitsBox.visibleProperty().bind(Bindings.isNotEmpty(vm.hits()));
        hitsBox.managedProperty().bind(hitsBox.visibleProperty());

        getChildren().addAll(search, listArea, hitsBox);
        setSpacing(8);
    }

    private void openSelected(ListView<ChatItem> l) {
        ChatItem c = l.getSelectionModel().getSelectedItem();
        if (c != null) {
            open.accept(c.address());
        }
    }

    private void openHit(ListView<SearchHit> l) {
        SearchHit h = l.getSelectionModel().getSelectedItem();
        if (h != null) {
            open.accept(h.message().key().conversation());
        }
    }

    /** Focuses the search box (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Marks {@code a} as the open chat without opening it again. */
    public void showSelected(Address a) {
        for (ChatItem i : list.getItems()) {
            if (i.address().equals(a)) {
                if (list.getSelectionModel().getSelectedItem() != i) {
                    list.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    /** One message found by the search: where, when, and the words around the match. */
    private static final class HitCell extends ListCell<SearchHit> {
        private final ChatListViewModel vm;
        private final Clock clock;

        HitCell(ChatListViewModel vm, Clock clock) {
            this.vm = vm;
            this.clock = clock;
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String where = vm.find(hit.message().key().conversation()).map(ChatItem::title)
                    .orElse(hit.message().key().conversation().toString());
            Label head = new Label(where + " · " + TimeText.brief(hit.message().sentAt(), clock));
            head.getStyleClass().addAll("text-small", "text-bold");
            Label snippet = new Label(hit.snippet());
            snippet.getStyleClass().add("text-muted");
            setGraphic(new VBox(2, head, snippet));
            setText(null);
        }
    }
}
