package io.linnet.cli.daemon;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint: a method, a path pattern whose groups are the path parameters, and what answers it.
 *
 * @param method the HTTP method
 * @param path the whole path; {@code {}} stands for one segment
 * @param action the endpoint
 */
record Route(String method, Pattern path, Action action) {

    /** An endpoint's work; path parameters in the order of the pattern. */
    @FunctionalInterface
    interface Action {
        void answer(HttpExchange ex, List<String> params) throws IOException;
    }

    static Route of(String method, String template, Action action) {
        String regex = Pattern.quote(template).replace("{}", "\\E([^/]+)\\Q");
        return new Route(method, Pattern.compile(regex), action);
    }

    /** The path parameters if {@code path} is this route's, else {@code null}. */
    List<String> match(String path) {
        Matcher m = this.path.matcher(path);
        if (!m.matches()) {
            return null;
        }
        String[] params = new String[m.groupCount()];
        for (int i = 0; i < params.length; i++) {
            params[i] = m.group(i + 1);
        }
        return List.of(params);
    }
}
