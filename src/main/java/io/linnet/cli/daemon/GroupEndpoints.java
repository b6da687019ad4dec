package io.linnet.cli.daemon;

import java.util.List;

/**
 * {@code POST /v1/groups} and {@code GET /v1/groups/{address}}: reserved for group chats, which the engine
 * does not offer yet; both answer 501 (after the token check) so clients can detect it.
 */
final class GroupEndpoints {
    static final String NOT_YET = "groups are not available yet";

    List<Route> routes() {
        Route.Action notYet = (ex, p) -> Exchanges.error(ex, 501, NOT_YET);
        return List.of(Route.of("POST", "/v1/groups", notYet), Route.of("GET", "/v1/groups/{}", notYet));
    }
}
