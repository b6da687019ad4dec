package io.linnet.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the UI asks for by a literal key is in the bundle; texts with arguments format. */
class I18nTest {
    @Test
    void everyLiteralKeyExists() throws Exception {
        Pattern call = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.]+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/linnet/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.endsWith(".")) {
                        continue;
                    }
                    found++;
                    if (!I18n.bundle().containsKey(key)) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(found > 100, "found the calls: " + found);
        assertEquals(List.of(), missing);
    }

    @Test
    void argumentsAndApostrophes() {
        assertEquals("You: hi", I18n.t("chats.you", "hi"));
        assertTrue(I18n.t("group.hide.text").contains("members' addresses"), I18n.t("group.hide.text"));
        assertEquals("3 unread", I18n.t("chats.accessible", "a", "b", 3).split("\\. ")[2].substring(0, 8));
    }
}
