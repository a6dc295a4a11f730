package dev.ogi.crawlers.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses destinations on loopback, private, link-local, multicast and other internal
 * addresses, so a crafted link cannot make the crawler probe the office's own network.
 * With a proxy the proxy resolves names, so only literal IP addresses can be checked.
 */
public final class AddressGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?:(?:0x[0-9a-f]*|\\d+)\\.){0,3}(?:0x[0-9a-f]*|\\d+)");
    private static final Pattern LOCAL_SUFFIX =
            Pattern.compile("\\.(?:local|localdomain|internal|intranet|lan|home|corp|home\\.arpa)$");

    private final boolean allowPrivate;
    private final boolean proxied;

    public AddressGuard(boolean allowPrivate, boolean proxied) {
        this.allowPrivate = allowPrivate;
        this.proxied = proxied;
    }

    public static boolean isLiteralIp(String host) {
        return IPV4.matcher(host).matches() || host.indexOf(':') >= 0 || host.startsWith("[");
    }

    /** Throws when the host may not be contacted. DNS failures surface here without a proxy. */
    public void check(String host) throws FetchFailure {
        if (allowPrivate) {
            return;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        // "localhost." is localhost: a resolver ignores the final dot, so the checks must too
        while (bare.endsWith(".") && bare.length() > 1) {
            bare = bare.substring(0, bare.length() - 1);
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        if (isNumericHost(lower) && !CANONICAL_IPV4.matcher(lower).matches()) {
            // 0177.0.0.1, 0x7f.1, 2130706433, 127.1: each library reads these differently
            throw new FetchFailure(FetchFailure.Kind.FORBIDDEN_ADDRESS,
                    "拒绝访问非标准写法的数字地址：" + host + "（应为 a.b.c.d 形式）");
        }
        if ("localhost".equals(lower) || lower.endsWith(".localhost")) {
            throw forbidden(host, "本机");
        }
        if (proxied && !isLiteralIp(bare)) {
            // the proxy resolves names; an intranet name (one label, or a local suffix) is refused here
            if (lower.indexOf('.') < 0 || LOCAL_SUFFIX.matcher(lower).find()) {
                throw forbidden(host, "内网主机名对应的");
            }
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new FetchFailure(FetchFailure.Kind.DNS, "域名无法解析（" + host + "）");
        }
        for (InetAddress a : addresses) {
            String why = internalKind(a);
            if (why != null) {
                throw forbidden(host, why);
            }
        }
    }

    /** Every label a number (decimal, octal or hex): an address, not a name; real TLDs are never numeric. */
    static boolean isNumericHost(String host) {
        return NUMERIC_HOST.matcher(host).matches();
    }

    private static FetchFailure forbidden(String host, String why) {
        return new FetchFailure(FetchFailure.Kind.FORBIDDEN_ADDRESS,
                "拒绝访问内网地址：" + host + " 指向" + why + "地址（配置未允许访问内网地址）");
    }

    static String internalKind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "本机回环";
        }
        if (a.isAnyLocalAddress()) {
            return "通配";
        }
        if (a.isLinkLocalAddress()) {
            return "链路本地";
        }
        if (a.isSiteLocalAddress()) {
            return "私有网络";
        }
        if (a.isMulticastAddress()) {
            return "组播";
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second < 128) {
                return "运营商内网";
            }
            if (first == 0 || first >= 240) {
                return "保留";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "私有网络";
            }
            // an IPv4 address carried inside IPv6 (compatible ::a.b.c.d, NAT64 64:ff9b::, 6to4 2002::)
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                try {
                    return internalKind(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return "保留";
                }
            }
        }
        return null;
    }

    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        if (zeroPrefix) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        if (nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }
}
