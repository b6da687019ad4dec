package io.linnet.s2.relay;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The static list of relays forming the local network, the stand-in for "what the DLT knows about
 * relays". Every relay reads the same roster, so all compute the same sectors.
 *
 * <p>File format, one relay per line: {@code host:port [base58-address]}; {@code #} starts a comment;
 * blank lines are ignored. The address, when given, is enforced when dialling that relay and is the
 * only wallet whose relay presence is accepted for that host; without it, the first wallet that proves
 * the key in a signed 'R' presence for that "host:port" is accepted.
 */
public record Roster(List<RosterEntry> entries) {
    public Roster {
        entries = List.copyOf(entries);
    }

    public static Roster empty() {
        return new Roster(List.of());
    }

    public static Roster read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses roster lines; {@code source} names the input in error messages. */
    public static Roster parse(List<String> lines, String source) {
        List<RosterEntry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            try {
                out.add(parseLine(content));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Roster(out);
    }

    private static RosterEntry parseLine(String content) {
        String[] parts = content.split("\\s+");
        if (parts.length > 2) {
            throw new IllegalArgumentException("expected 'host:port [address]', got '" + content + "'");
        }
        int colon = parts[0].lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + parts[0] + "' is not host:port");
        }
        int port;
        try {
            port = Integer.parseInt(parts[0].substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + parts[0] + "' has no numeric port", e);
        }
        Optional<Address> address = Optional.empty();
        if (parts.length == 2) {
            try {
                address = Optional.of(Address.parse(parts[1]));
            } catch (ProtocolException e) {
                throw new IllegalArgumentException("'" + parts[1] + "' is not an Ixian address: " + e.getMessage(), e);
            }
        }
        return new RosterEntry(parts[0].substring(0, colon), port, address);
    }

    /** The entry listening at "host:port", if any. */
    public Optional<RosterEntry> at(String hostPort) {
        return entries.stream().filter(e -> e.hostPort().equals(hostPort)).findFirst();
    }

    /** Whether a relay presence of {@code wallet} announcing {@code hostPort} belongs to this roster. */
    public boolean admits(Address wallet, String hostPort) {
        return at(hostPort).map(e -> e.address().map(wallet::equals).orElse(true)).orElse(false);
    }

    /** Every entry except the one for this relay (matched by "host:port" or by address). */
    public List<RosterEntry> peersOf(String ownHostPort, Address own) {
        return entries.stream()
                .filter(e -> !e.hostPort().equals(ownHostPort) && !e.address().map(own::equals).orElse(false))
                .toList();
    }
}
