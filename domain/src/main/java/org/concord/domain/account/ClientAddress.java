package org.concord.domain.account;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network address a request came from (IPv4 or IPv6 literal), as far as R-SEC.1 and R-SEC.7 need it: one IPv6
 * subscriber usually holds a whole /64, so the sign-in throttle counts by /64 ({@link #throttleSubject()}); the
 * security log keeps only a network (IPv4 /24, IPv6 /48, {@link #truncated()}), which tells where an attack came from
 * without identifying a person's connection.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    private final int[] ipv4;
    private final int[] ipv6;

    private ClientAddress(int[] ipv4, int[] ipv6) {
        this.ipv4 = ipv4;
        this.ipv6 = ipv6;
    }

    /** The address of a literal such as {@code 203.0.113.7} or {@code 2001:db8::1} (a zone id is dropped). */
    public static Optional<ClientAddress> parse(String literal) {
        if (literal == null) {
            return Optional.empty();
        }
        String text = literal.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        var v4 = IPV4.matcher(text);
        if (v4.matches()) {
            int[] octets = new int[4];
            for (int i = 0; i < 4; i++) {
                octets[i] = Integer.parseInt(v4.group(i + 1));
                if (octets[i] > 255) {
                    return Optional.empty();
                }
            }
            return Optional.of(new ClientAddress(octets, null));
        }
        if (IPV6.matcher(text).matches() && text.contains(":")) {
            return ipv6(text).map(hextets -> {
                // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is that IPv4 address.
                boolean mapped = Arrays.stream(hextets, 0, 5).allMatch(h -> h == 0) && hextets[5] == 0xffff;
                return mapped
                        ? new ClientAddress(
                                new int[] {hextets[6] >> 8, hextets[6] & 0xff, hextets[7] >> 8, hextets[7] & 0xff},
                                null)
                        : new ClientAddress(null, hextets);
            });
        }
        return Optional.empty();
    }

    /** R-SEC.1: what the per-address throttle counts: the IPv4 address, or the IPv6 /64. */
    public String throttleSubject() {
        return ipv4 != null ? ipv4String(4) : ipv6String(4) + "::/64";
    }

    /** R-SEC.7: what the security log keeps: the IPv4 /24 or the IPv6 /48. */
    public String truncated() {
        return ipv4 != null ? ipv4String(3) + ".0/24" : ipv6String(3) + "::/48";
    }

    @Override
    public String toString() {
        return ipv4 != null ? ipv4String(4) : ipv6String(8);
    }

    private String ipv4String(int octets) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < octets; i++) {
            out.append(i == 0 ? "" : ".").append(ipv4[i]);
        }
        return out.toString();
    }

    private String ipv6String(int hextets) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hextets; i++) {
            out.append(i == 0 ? "" : ":").append(Integer.toHexString(ipv6[i]));
        }
        return out.toString();
    }

    private static Optional<int[]> ipv6(String text) {
        String head = text;
        String tail = "";
        int gap = text.indexOf("::");
        if (gap >= 0) {
            if (text.indexOf("::", gap + 1) >= 0) {
                return Optional.empty();
            }
            head = text.substring(0, gap);
            tail = text.substring(gap + 2);
        }
        Optional<int[]> first = hextets(head);
        Optional<int[]> last = hextets(tail);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        int[] a = first.get();
        int[] b = last.get();
        if (gap < 0 ? a.length != 8 : a.length + b.length > 7) {
            return Optional.empty();
        }
        int[] all = new int[8];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, 8 - b.length, b.length);
        return Optional.of(all);
    }

    private static Optional<int[]> hextets(String part) {
        if (part.isEmpty()) {
            return Optional.of(new int[0]);
        }
        String[] groups = part.split(":", -1);
        int[] out = new int[groups.length + (groups[groups.length - 1].contains(".") ? 1 : 0)];
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (i == groups.length - 1 && group.contains(".")) {
                Optional<ClientAddress> v4 = parse(group);
                if (v4.isEmpty() || v4.get().ipv4 == null) {
                    return Optional.empty();
                }
                int[] o = v4.get().ipv4;
                out[i] = (o[0] << 8) | o[1];
                out[i + 1] = (o[2] << 8) | o[3];
            } else if (group.isEmpty() || group.length() > 4) {
                return Optional.empty();
            } else {
                try {
                    out[i] = Integer.parseInt(group, 16);
                } catch (NumberFormatException notHex) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out);
    }
}
