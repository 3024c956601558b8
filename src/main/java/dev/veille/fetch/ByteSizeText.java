package dev.veille.fetch;

/** Writes a byte count the way people say it in an error message: "10 MiB", "64 KiB", "1500 bytes". */
final class ByteSizeText {
    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;
    private static final long GIB = MIB * 1024;

    private ByteSizeText() {
    }

    static String of(long bytes) {
        // Exact units only: a rounded "1.0 MiB" for 1,048,577 bytes would hide what the limit really is.
        if (bytes >= GIB && bytes % GIB == 0) {
            return bytes / GIB + " GiB";
        }
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
}
