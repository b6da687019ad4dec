package io.linnet.s2.net;

/**
 * Counters of one connection at one moment.
 *
 * @param badHeaders        headers rejected for their check byte or length
 * @param checksumMismatches frames dropped for a wrong CRC32C
 * @param ignoredBytes      garbage bytes skipped between units
 * @param sendRefused       frames {@link PeerConnection#send} refused because the queue was full or closing
 */
public record ConnectionStats(long bytesIn, long bytesOut, long framesIn, long framesOut, long pingsIn, long pingsOut,
        long badHeaders, long checksumMismatches, long ignoredBytes, long sendRefused) {}
