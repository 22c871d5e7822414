package org.chungtay.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The address a request came from, as abuse limits count it: an IPv4 address as it is, an IPv6
 * address by its /64 network (one household or one server's range gets many addresses of it, so
 * counting single IPv6 addresses would count nothing). Behind a load balancer the servlet container
 * has already replaced the proxy's address with the client's (see README, several nodes).
 */
public record ClientAddress(String key) {

    public static final ClientAddress UNKNOWN = new ClientAddress("unknown");

    /** From {@code request.getRemoteAddr()}; anything that is not an IP literal counts as unknown. */
    public static ClientAddress of(String remoteAddress) {
        String literal = remoteAddress == null ? "" : remoteAddress.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        // Only literals reach InetAddress, so that it never looks a name up.
        boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = literal.contains(":") && literal.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return UNKNOWN;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 4) {
                return new ClientAddress(InetAddress.getByAddress(bytes).getHostAddress());
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
            return new ClientAddress(InetAddress.getByAddress(network).getHostAddress() + "/64");
        } catch (UnknownHostException notAnAddress) {
            return UNKNOWN;
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
