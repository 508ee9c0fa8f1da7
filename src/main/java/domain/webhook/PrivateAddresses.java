package domain.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Addresses a webhook must not reach unless configuration allows it (request forgery: the platform's own network,
 * the cloud's metadata service): loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16,
 * fe80::/10, where metadata services live), carrier-grade NAT (100.64/10), benchmarking (198.18/15), unspecified,
 * multicast, Teredo and local-use NAT64, and IPv4 reached through IPv6 (mapped, compatible, NAT64, 6to4) when the
 * IPv4 address is one of those.
 */
public final class PrivateAddresses {
    private PrivateAddresses() { }

    public static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 10 || first == 127 || first >= 224
                    || first == 100 && second >= 64 && second < 128
                    || first == 169 && second == 254
                    || first == 172 && second >= 16 && second < 32
                    || first == 192 && second == 168
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0
                    || first == 198 && (second == 18 || second == 19); // benchmarking 198.18/15
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) return true; // unique local fc00::/7
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0) return true; // Teredo 2001::/32: tunnels anywhere
            if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && b[4] == 0 && (b[5] & 0xff) == 0x01) {
                return true; // local-use NAT64 64:ff9b:1::/48: its IPv4 address sits where the platform's network decides
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4 2002:a.b.c.d::/48
                return isPrivate(ipv4(b, 2));
            }
            if (embedsIpv4(b)) return isPrivate(ipv4(b, 12));
        }
        return false;
    }

    /**
     * A host written as an IP address (no name to look up) that is private; names are checked when resolved. Hosts
     * of digits and dots that are not four decimal parts ("2130706433", "127.1") count as private: resolvers read
     * them as addresses, and no public endpoint needs them.
     */
    static boolean isPrivateLiteral(String host) {
        if (host.startsWith("[")) {
            if (!host.endsWith("]") || host.indexOf(':') < 0) return true;
            try {
                return isPrivate(InetAddress.getByName(host.substring(1, host.length() - 1))); // IPv6 literal: parsed only
            } catch (UnknownHostException notAnAddress) {
                return true;
            }
        }
        if (!host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) return false;
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) return true;
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || Integer.parseInt(parts[i]) > 255) return true;
            address[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return isPrivate(InetAddress.getByAddress(address));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::/96 (NAT64) carry an IPv4 address. */
    private static boolean embedsIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) zeros &= b[i] == 0;
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) nat64 = b[i] == 0;
        return mapped || compatible || nat64;
    }

    private static InetAddress ipv4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
