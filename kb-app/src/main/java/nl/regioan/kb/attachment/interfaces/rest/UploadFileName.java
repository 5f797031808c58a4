package nl.regioan.kb.attachment.interfaces.rest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioan.shared.text.UserText;

/**
 * File names in multipart uploads and downloads. Browsers send a non-ASCII name as raw UTF-8 bytes
 * in {@code filename="..."} (HTML's multipart rules, RFC 7578 4.2); the container reads header bytes
 * as ISO-8859-1, so "Übersicht café €.txt" arrived as "Ãbersicht cafÃ© â¬.txt". A name whose
 * ISO-8859-1 bytes are valid UTF-8 is decoded again as UTF-8; a {@code filename*=UTF-8''...} (RFC 5987),
 * which some clients send, wins. Downloads carry both an ASCII fallback and {@code filename*} (RFC 6266).
 */
final class UploadFileName {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*([^;]+)", Pattern.CASE_INSENSITIVE);

    private UploadFileName() {
    }

    /** The name the person gave the file, in NFC, from the part's Content-Disposition and the container's reading. */
    static String of(String contentDisposition, String containerName) {
        String extended = contentDisposition == null ? null : extended(contentDisposition);
        String name = extended != null ? extended : containerName == null ? null : utf8Again(containerName);
        return UserText.normalised(name);
    }

    /** Re-reads a string that was decoded as ISO-8859-1 as UTF-8, when its bytes are valid UTF-8. */
    static String utf8Again(String latin1) {
        boolean high = false;
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c > 0xFF) {
                return latin1; // already decoded beyond ISO-8859-1: leave it
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return latin1; // a real ISO-8859-1 name
        }
    }

    private static String extended(String contentDisposition) {
        Matcher m = EXTENDED.matcher(contentDisposition);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1).trim();
        int quote = value.indexOf("''");
        if (quote < 0 || !value.substring(0, quote).toUpperCase(Locale.ROOT).startsWith("UTF-8")) {
            return null;
        }
        try {
            byte[] bytes = percentDecode(value.substring(quote + 2));
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] percentDecode(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("cut-off escape");
                }
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 5987 attr-chars). */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
