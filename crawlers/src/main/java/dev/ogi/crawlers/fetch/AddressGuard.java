package dev.ogi.crawlers.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Refuses destinations on loopback, private, link-local, multicast and other internal
 * addresses, so a crafted link cannot make the crawler probe the office's own network.
 * With a proxy the proxy resolves names, so only literal IP addresses can be checked.
 */
public final class AddressGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

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
        if (proxied && !isLiteralIp(bare)) {
            return;
        }
        if ("localhost".equalsIgnoreCase(bare) || bare.toLowerCase().endsWith(".localhost")) {
            throw forbidden(host, "本机");
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
        } else if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "私有网络";
        }
        return null;
    }
}
