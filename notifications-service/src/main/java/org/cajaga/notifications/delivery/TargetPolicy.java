package org.cajaga.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cajaga.notifications.config.NotificationsConfig;

/**
 * Where webhooks may go (SSRF protection): HTTPS to addresses on the public internet. Loopback,
 * private, carrier-grade NAT, link-local (cloud metadata services among them), unique-local,
 * multicast and reserved addresses are refused, checked on the address a name resolves to when the
 * delivery connects, so a name that resolves differently later (DNS rebinding) gains nothing. Hosts on
 * the operator's allow-list ({@code NOTIFY_ALLOWED_HOSTS}) are exempt, and may use plain HTTP.
 */
@ApplicationScoped
public class TargetPolicy {

    private final Set<String> allowedHosts;

    TargetPolicy(NotificationsConfig config) {
        this.allowedHosts = config.delivery().allowedHosts().orElse(Set.of()).stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isAllowListed(String host) {
        return host != null && allowedHosts.contains(unbracketed(host).toLowerCase(Locale.ROOT));
    }

    /** Why a subscription may not use this URL ({@code [es, en]}), or empty when it may. */
    public Optional<String[]> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            return Optional.of(new String[] {"No es una dirección URL válida.", "It is not a valid URL."});
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Optional.of(new String[] {"Debe ser una dirección https:// con un host, sin usuario ni fragmento.",
                    "It must be an https:// address with a host, without user info or fragment."});
        }
        if (isAllowListed(uri.getHost())) {
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of(new String[] {"Debe usar https://.", "It must use https://."});
        }
        String host = unbracketed(uri.getHost());
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".localhost")
                || (isLiteralAddress(host) && !isPublic(literal(host)))) {
            return Optional.of(new String[] {"El host no puede ser una dirección local, privada o de metadatos.",
                    "The host cannot be a loopback, private or metadata address."});
        }
        return Optional.empty();
    }

    /** True for addresses on the public internet only. */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 192 && second == 0 && b[2] == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 240;
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false;
            }
            if (isEmbeddingIpv4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
        }
        return true;
    }

    /** NAT64 (64:ff9b::/96) and IPv4-compatible addresses carry an IPv4 address in their last four bytes. */
    private static boolean isEmbeddingIpv4(byte[] b) {
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        return nat64 || compatible;
    }

    private static boolean isLiteralAddress(String host) {
        return host.contains(":") || host.matches("^[0-9.]+$");
    }

    private static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException malformed) {
            return InetAddress.getLoopbackAddress();
        }
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
