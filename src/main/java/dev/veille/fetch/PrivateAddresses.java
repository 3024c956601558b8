package dev.veille.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Tells whether a host resolves to an address a fetch must not reach unless allowed: loopback, private
 * (RFC 1918, IPv6 unique-local), link-local (where cloud metadata services live), carrier-grade NAT,
 * unspecified and multicast addresses. Every address of the name counts: one private answer is enough.
 *
 * <p>What this does not cover: a DNS answer that changes between this check and the connection (rebinding).
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    /** Why the host is refused, or empty when every address it resolves to is public by {@code isPrivate}. */
    static Optional<String> refusal(String host, Predicate<InetAddress> isPrivate) {
        if (host == null) {
            return Optional.of("the URL has no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.empty(); // the fetch itself reports the unknown host
        }
        for (InetAddress address : addresses) {
            if (isPrivate.test(address)) {
                return Optional.of(host + " resolves to the private address " + address.getHostAddress()
                        + ": refused (set VEILLE_ALLOW_PRIVATE_NETWORKS=true to read feeds on a private network)");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0                                   // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, 100.64.0.0/10
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240;                            // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            // IPv4-mapped (::ffff:a.b.c.d): judged as the IPv4 address it carries.
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
