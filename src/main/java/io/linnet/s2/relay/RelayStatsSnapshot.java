package io.linnet.s2.relay;

/**
 * A relay's counters at one moment.
 *
 * @param connections   inbound connections open now (handshake done or not)
 * @param sessions      inbound connections whose handshake completed, open now (the "clients connected")
 * @param accepted      inbound connections accepted since start
 * @param refusedFull   inbound connections refused with bye 605 because the relay was full
 * @param framesIn      frames received on established sessions (inbound and roster links)
 * @param framesOut     frames the relay queued for sending (answers, forwards, errors, presences)
 * @param forwarded     {@code s2data} messages forwarded to a directly connected recipient
 * @param rejected      messages refused: invalid presences and KeepAlives, spoofed or malformed
 *                      {@code s2data}, client {@code error} messages, undecodable payloads
 * @param errorsReplied v0 error replies sent because the recipient was not connected here
 * @param cutOff        connections ended for misbehaving (broken input, rate, spoofing, silence, no handshake)
 * @param presences     wallets in the presence store
 * @param relays        relays in the relay index (this one included)
 * @param links         roster peers this relay is connected to
 */
public record RelayStatsSnapshot(int connections, int sessions, long accepted, long refusedFull, long framesIn,
        long framesOut, long forwarded, long rejected, long errorsReplied, long cutOff, int presences, int relays,
        int links) {

    /** One log line. */
    public String line() {
        return "clients=" + sessions + " connections=" + connections + " accepted=" + accepted + " refusedFull="
                + refusedFull + " framesIn=" + framesIn + " framesOut=" + framesOut + " forwarded=" + forwarded
                + " rejected=" + rejected + " errorsReplied=" + errorsReplied + " cutOff=" + cutOff + " presences="
                + presences + " relays=" + relays + " links=" + links;
    }
}
