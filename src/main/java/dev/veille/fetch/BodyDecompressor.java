package dev.veille.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a body's Content-Encoding (gzip, deflate in its zlib or raw framing, identity), reading the decoded
 * bytes as a stream and stopping at the limit, so a small "gzip bomb" cannot grow into gigabytes in memory.
 */
final class BodyDecompressor {
    private static final int READ_BUFFER_BYTES = 8192;

    private final long limit;

    BodyDecompressor(long limit) {
        this.limit = limit;
    }

    /** The decoded body, or why it could not be decoded within the limit. */
    BodyOutcome decode(String contentEncoding, byte[] body) {
        List<String> encodings = encodingsInOrderApplied(contentEncoding);
        byte[] decoded = body;
        // Encodings are listed in the order they were applied, so they are undone from the last one.
        for (int i = encodings.size() - 1; i >= 0; i--) {
            BodyOutcome step = decodeOne(encodings.get(i), decoded);
            if (step instanceof BodyOutcome.Refused) {
                return step;
            }
            decoded = ((BodyOutcome.Whole) step).bytes();
        }
        return new BodyOutcome.Whole(decoded);
    }

    private BodyOutcome decodeOne(String encoding, byte[] body) {
        if (body.length == 0) {
            return new BodyOutcome.Whole(body); // e.g. a 204, labelled gzip by a server that labels everything
        }
        switch (encoding) {
            case "gzip", "x-gzip" -> {
                // Some servers label a body as gzip that is not (double-configured compression): without
                // the gzip magic number we take it as it is rather than fail a readable feed.
                if (!startsWithGzipMagic(body)) {
                    return new BodyOutcome.Whole(body);
                }
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), READ_BUFFER_BYTES)) {
                    return readAtMostLimit(in, "gzip");
                } catch (IOException e) {
                    return corrupt("gzip", e);
                }
            }
            case "deflate" -> {
                // "deflate" should mean zlib-wrapped (RFC 9110), but old servers send raw deflate: sniff it.
                Inflater inflater = new Inflater(!startsWithZlibHeader(body));
                try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body), inflater)) {
                    return readAtMostLimit(in, "deflate");
                } catch (IOException e) {
                    return corrupt("deflate", e);
                } finally {
                    inflater.end(); // a caller-supplied Inflater is not ended by the stream's close()
                }
            }
            default -> {
                return new BodyOutcome.Refused("unsupported Content-Encoding " + encoding);
            }
        }
    }

    private BodyOutcome readAtMostLimit(InputStream in, String encoding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[READ_BUFFER_BYTES];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                return new BodyOutcome.Refused(
                        "body larger than " + ByteSizeText.of(limit) + " once decompressed (" + encoding + ")");
            }
            out.write(buffer, 0, n);
        }
        return new BodyOutcome.Whole(out.toByteArray());
    }

    private static BodyOutcome corrupt(String encoding, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new BodyOutcome.Refused("corrupt " + encoding + " body (" + detail + ")");
    }

    private static List<String> encodingsInOrderApplied(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> encodings = new ArrayList<>();
        for (String token : header.split(",")) {
            String encoding = token.strip().toLowerCase(Locale.ROOT);
            if (!encoding.isEmpty() && !encoding.equals("identity") && !encoding.equals("none")) {
                encodings.add(encoding);
            }
        }
        return encodings;
    }

    private static boolean startsWithGzipMagic(byte[] body) {
        return body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
    }

    // RFC 1950: CM = 8 (deflate), CINFO <= 7, and the first two bytes read as a big-endian number divide by 31.
    private static boolean startsWithZlibHeader(byte[] body) {
        if (body.length < 2) {
            return false;
        }
        int cmf = body[0] & 0xFF;
        int flg = body[1] & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
    }
}
