package dev.veille.testing;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Answers from a server that means harm, for {@link LocalHttpServer}: bodies of a gigabyte and more, written as
 * they are sent so the test JVM never holds them, and a body that drips. Each handler stops quietly when the
 * client hangs up, which is what a well-behaved client does long before the end.
 */
public final class HostileResponses {

    private static final int MEBIBYTE = 1 << 20;

    private HostileResponses() {
    }

    /**
     * A gzip body that unpacks to {@code unpackedMebibytes} MiB of zeros, sent chunked with
     * {@code Content-Encoding: gzip}: about 1 KB on the wire per MiB unpacked (1 GB is ~1 MB sent).
     *
     * <p>Compressing a gigabyte takes many seconds, so one MiB of zeros is deflated once with a full flush,
     * which leaves a byte-aligned block that does not refer to what came before; the stream repeats that block,
     * then ends with a valid final block and the gzip trailer (CRC-32 and size), like any gzip encoder would.
     */
    public static HttpHandler gzipBomb(int unpackedMebibytes, String contentType) {
        byte[] zeros = new byte[MEBIBYTE];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] buffer = new byte[64 * 1024];
        deflater.setInput(zeros);
        byte[] block = Arrays.copyOf(buffer, deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH));
        deflater.finish();
        byte[] finalBlock = Arrays.copyOf(buffer, deflater.deflate(buffer));
        deflater.end();
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, 0); // chunked
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
                CRC32 crc = new CRC32();
                for (int i = 0; i < unpackedMebibytes; i++) {
                    body.write(block);
                    crc.update(zeros);
                }
                body.write(finalBlock);
                writeLittleEndian(body, crc.getValue());
                writeLittleEndian(body, (long) unpackedMebibytes * MEBIBYTE);
            } catch (IOException clientHungUp) {
                // expected: a client with a size limit stops reading
            }
        };
    }

    /**
     * A body of {@code mebibytes} MiB that starts like an RSS feed whose title never ends; with
     * {@code declareLength} its Content-Length says so up front, otherwise it is sent chunked.
     */
    public static HttpHandler hugeBody(int mebibytes, boolean declareLength) {
        byte[] opening = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] filler = new byte[64 * 1024];
        Arrays.fill(filler, (byte) 'a');
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            long length = (long) mebibytes * MEBIBYTE;
            exchange.sendResponseHeaders(200, declareLength ? length : 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(opening);
                long left = length - opening.length;
                while (left > 0) {
                    int n = (int) Math.min(filler.length, left);
                    body.write(filler, 0, n);
                    left -= n;
                }
            } catch (IOException clientHungUp) {
                // expected
            }
        };
    }

    /** {@code body}, one byte every {@code interval}, chunked, until the client hangs up or the server closes. */
    public static HttpHandler drip(String body, Duration interval) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : bytes) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(interval.toMillis());
                }
            } catch (IOException clientHungUp) {
                // expected
            } catch (InterruptedException serverClosing) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static void writeLittleEndian(OutputStream out, long value) throws IOException {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
