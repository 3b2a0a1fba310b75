package org.cajaga.support.text;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path segments and query parameters reach the resources in NFC ({@link Nfc}), as JSON text does: the
 * request target is rewritten before matching, so parameters, {@code UriInfo}, the ETags that cover the
 * request URI and {@code Link: rel="next"} all see one spelling, whichever the client sent. A segment, a
 * parameter name or a value that already decodes to NFC (or does not decode as UTF-8) stays exactly as
 * sent; one that does not is escaped again from its NFC form. The separators ({@code /} and {@code ;} in
 * the path, {@code &}, {@code =} and {@code +} in the query) are never touched, so what they separate
 * stays separated.
 */
public class NfcRequestTarget {

    private static final String PATH_SEPARATORS = "/;";
    private static final String QUERY_SEPARATORS = "&=+";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    @ServerRequestFilter(preMatching = true)
    public void normalise(ContainerRequestContext request) {
        URI target = request.getUriInfo().getRequestUri();
        URI normalised = of(target);
        if (normalised != target) {
            request.setRequestUri(request.getUriInfo().getBaseUri(), normalised);
        }
    }

    /** The target with its path and query in NFC; the same instance when nothing had to change. */
    static URI of(URI target) {
        String path = target.getRawPath();
        String query = target.getRawQuery();
        String nfcPath = path == null ? null : component(path, PATH_SEPARATORS);
        String nfcQuery = query == null ? null : component(query, QUERY_SEPARATORS);
        if (nfcPath == path && nfcQuery == query) {
            return target;
        }
        StringBuilder rebuilt = new StringBuilder();
        if (target.getScheme() != null) {
            rebuilt.append(target.getScheme()).append(':');
        }
        if (target.getRawAuthority() != null) {
            rebuilt.append("//").append(target.getRawAuthority());
        }
        rebuilt.append(nfcPath == null ? "" : nfcPath);
        if (nfcQuery != null) {
            rebuilt.append('?').append(nfcQuery);
        }
        if (target.getRawFragment() != null) {
            rebuilt.append('#').append(target.getRawFragment());
        }
        return URI.create(rebuilt.toString());
    }

    /** The raw path or query with each piece between separators in NFC; the same instance when all are. */
    private static String component(String raw, String separators) {
        if (isAsciiOnly(raw)) {
            return raw;
        }
        StringBuilder result = new StringBuilder(raw.length());
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || separators.indexOf(raw.charAt(i)) >= 0) {
                result.append(piece(raw.substring(start, i)));
                if (i < raw.length()) {
                    result.append(raw.charAt(i));
                }
                start = i + 1;
            }
        }
        String normalised = result.toString();
        return normalised.equals(raw) ? raw : normalised;
    }

    /** Neither a character nor an escaped byte beyond ASCII: it decodes to ASCII, which is NFC. */
    private static boolean isAsciiOnly(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x80 || c == '%' && i + 1 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 8) {
                return false;
            }
        }
        return true;
    }

    private static String piece(String raw) {
        String text = decode(raw);
        String nfc = Nfc.of(text);
        return nfc == text ? raw : encode(nfc);
    }

    /** The text the escapes and characters spell in UTF-8; {@code null} when they do not. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Unreserved characters as they are, every other byte of the UTF-8 form escaped. */
    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }
}
