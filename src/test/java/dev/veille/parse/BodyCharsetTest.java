package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyCharsetTest {

    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # bom   | content type                     | declaration   | expected
            -       | -                                | -             | UTF-8
            -       | text/xml; charset=utf-8          | ISO-8859-1    | UTF-8
            -       | text/xml; charset="ISO-8859-1"   | -             | windows-1252
            -       | text/xml; charset=us-ascii       | -             | windows-1252
            -       | text/xml; charset=latin1         | -             | windows-1252
            -       | text/xml; charset=no-such-thing  | ISO-8859-15   | ISO-8859-15
            -       | text/xml                         | iso-8859-1    | windows-1252
            -       | -                                | windows-1251  | windows-1251
            -       | -                                | UTF-16        | UTF-8
            utf8    | text/xml; charset=iso-8859-1     | -             | UTF-8
            utf16le | -                                | -             | UTF-16LE
            utf16be | -                                | -             | UTF-16BE
            """)
    void choosesBomThenHeaderThenDeclarationThenUtf8(String bom, String contentType, String declared,
            String expected) {
        assertEquals(expected, BodyCharset.of(body(bom, declared), contentType).name());
    }

    private static byte[] body(String bom, String declared) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ("utf8".equals(bom)) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        } else if ("utf16le".equals(bom)) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        } else if ("utf16be".equals(bom)) {
            out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        }
        String declaration = declared == null
                ? "<?xml version=\"1.0\"?>"
                : "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>";
        out.writeBytes((declaration + "<rss/>").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
