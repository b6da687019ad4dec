package io.linnet.chat.engine;

import io.linnet.chat.api.EngineEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Records events and the threads they came on. */
final class EventLog implements Consumer<EngineEvent> {
    final List<EngineEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void accept(EngineEvent e) {
        events.add(e);
    }

    <T extends EngineEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
