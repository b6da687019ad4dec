package io.linnet.ui.conversation;

import java.time.LocalDate;

/** A line of the message list: a day separator or a message. */
public sealed interface Row permits Row.Day, MessageItem {

    /** "Today", "Yesterday", "Monday, 3 November 2026" above the first message of a day. */
    record Day(LocalDate day) implements Row {}
}
