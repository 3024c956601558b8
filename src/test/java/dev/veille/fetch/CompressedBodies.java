package dev.veille.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Bodies as a server would compress them: gzip, zlib-wrapped deflate, raw deflate, and a gzip bomb. */
final class CompressedBodies {

    private CompressedBodies() {
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "deflate" as RFC 9110 means it: a zlib stream (header, deflate data, Adler-32). */
    static byte[] zlibDeflate(byte[] plain) {
        return deflate(plain, false);
    }

    /** "deflate" as some old servers send it: the bare deflate data, without the zlib header. */
    static byte[] rawDeflate(byte[] plain) {
        return deflate(plain, true);
    }

    /** {@code megabytes} MiB of zeros, gzipped: a few tens of KiB on the wire. */
    static byte[] gzipBombOfZeros(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (OutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            for (int i = 0; i < megabytes; i++) {
                gzip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] plain, boolean raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream deflating = new DeflaterOutputStream(out, deflater)) {
            deflating.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
