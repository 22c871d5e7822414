package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

class PictureTest {

    /** 3 × 2 red pixels, half transparent, lossless, written by libwebp 1.2.4. */
    private static final byte[] TRANSLUCENT_WEBP = Base64.getDecoder().decode("UklGRhwAAABXRUJQVlA4TA8AAAAvAkAAEAcQ/Y/+BSKi/wEA");
    /** 3 × 2 orange pixels, lossy, written by libwebp 1.2.4. */
    private static final byte[] OPAQUE_WEBP = Base64.getDecoder().decode("UklGRjwAAABXRUJQVlA4IDAAAADQAQCdASoDAA"
            + "IAAgA0JaACdLoB+AADsAD+72SX/u837eb9vN/w0f/PTNeYP6aAAAA=");

    @Test
    void aPhoneJpegLosesItsExifAndGpsButKeepsItsPixels() throws IOException {
        byte[] photo = withExifAndGps(jpeg(640, 480), 1);
        assertThat(markersBeforeScan(photo)).contains(0xE1);
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif");

        Picture cover = Picture.of(photo);

        assertThat(cover.contentType()).isEqualTo("image/jpeg");
        assertThat(markersBeforeScan(cover.bytes())).doesNotContain(0xE1);
        assertThat(new String(cover.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(cover.bytes()));
        assertThat(stored.getWidth()).isEqualTo(640);
        assertThat(stored.getHeight()).isEqualTo(480);
        assertThat(new Color(stored.getRGB(320, 470)).getRed()).isBetween(0xB0, 0xD0);
    }

    @Test
    void aPortraitPhotoThatAPhoneStoredSidewaysIsTurnedUprightBeforeItsExifIsDropped() throws IOException {
        // Stored 640 × 480 with its orange band at the bottom; orientation 6 says: turn 90° clockwise to show.
        byte[] photo = withExifAndGps(jpeg(640, 480), 6);

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(Picture.of(photo).bytes()));

        assertThat(stored.getWidth()).isEqualTo(480);
        assertThat(stored.getHeight()).isEqualTo(640);
        assertThat(new Color(stored.getRGB(10, 320)).getRed()).isBetween(0xB0, 0xD0);
        assertThat(new Color(stored.getRGB(470, 320)).getBlue()).isGreaterThan(0xC0);
    }

    @Test
    void aPngKeepsItsTransparencyButLosesItsTextChunks() throws IOException {
        BufferedImage logo = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = logo.createGraphics();
        graphics.setColor(new Color(0xC2410C));
        graphics.fillOval(20, 10, 80, 60);
        graphics.dispose();
        byte[] png = withTextChunk(encode(logo, "png"), "Location", "Buon Ma Thuot 12.67N 108.04E");
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("Buon Ma Thuot");

        Picture cover = Picture.of(png);

        assertThat(cover.contentType()).isEqualTo("image/png");
        assertThat(new String(cover.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("tEXt", "Buon Ma Thuot");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(cover.bytes()));
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        assertThat(stored.getRGB(0, 0) >>> 24).isZero();
        assertThat(stored.getRGB(60, 40) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void aWebpIsStoredAsPngWhenTranslucentAndAsJpegOtherwise() throws IOException {
        Picture translucent = Picture.of(TRANSLUCENT_WEBP);
        Picture opaque = Picture.of(OPAQUE_WEBP);

        assertThat(translucent.contentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(translucent.bytes())).getRGB(1, 1) >>> 24).isBetween(0x70, 0x90);
        assertThat(opaque.contentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(opaque.bytes())).getWidth()).isEqualTo(3);
    }

    @Test
    void aPictureOfMoreThanFourThousandPixelsASideIsRefusedWithAClearMessage() {
        assertRefused(() -> Picture.of(encode(new BufferedImage(Picture.MAX_SIDE + 1, 1,
                BufferedImage.TYPE_INT_RGB), "png")), "picture.error.too-many-pixels");
        assertThat(Picture.of(encode(new BufferedImage(Picture.MAX_SIDE, 1, BufferedImage.TYPE_INT_RGB),
                "png")).contentType()).isEqualTo("image/png");
    }

    @Test
    void aSmallFileThatClaimsAHugePictureIsRefusedFromItsHeaderAlone() {
        byte[] bomb = encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");
        // IHDR starts at byte 8: length, type, then width and height, then the chunk's CRC at 29.
        ByteBuffer header = ByteBuffer.wrap(bomb);
        header.putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17);
        header.putInt(29, (int) crc.getValue());

        long started = System.nanoTime();
        assertRefused(() -> Picture.of(bomb), "picture.error.too-many-pixels");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void onlyPngJpegOrWebpOfAtMostTwoMegabytesThatDecodeAreAccepted() {
        assertRefused(() -> Picture.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)),
                "picture.error.type");
        assertRefused(() -> Picture.of("GIF89a".getBytes(StandardCharsets.US_ASCII)), "picture.error.type");
        assertRefused(() -> Picture.of(new byte[0]), "picture.error.type");
        byte[] truncated = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertRefused(() -> Picture.of(truncated), "picture.error.unreadable");
        byte[] huge = new byte[Picture.MAX_BYTES + 1];
        System.arraycopy(truncated, 0, huge, 0, truncated.length);
        assertRefused(() -> Picture.of(huge), "picture.error.too-large");
    }

    private static byte[] jpeg(int width, int height) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setColor(new Color(0xFFEDD5));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0xC2410C));
        graphics.fillRect(0, height - 60, width, 60);
        graphics.dispose();
        return encode(photo, "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JPEG with an EXIF segment after its JFIF header, as a phone writes it: IFD0 holds the orientation
     * and points to a GPS IFD that holds the latitude of Buôn Ma Thuột (12° 40′ 30″ N).
     */
    private static byte[] withExifAndGps(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(12).putInt(1).putInt(40).putInt(1).putInt(3000).putInt(100);
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.capacity();
        segment.write(0xFF);
        segment.write(0xE1);
        segment.write(length >> 8);
        segment.write(length & 0xFF);
        segment.writeBytes(exif);
        segment.writeBytes(tiff.array());
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(jpeg, 0, afterJfif);
        photo.writeBytes(segment.toByteArray());
        photo.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return photo.toByteArray();
    }

    /** The PNG with a tEXt chunk right after IHDR. */
    private static byte[] withTextChunk(byte[] png, String keyword, String text) {
        byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk.array());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** The JPEG segment markers (second byte) from the start of the file to the start of the scan. */
    private static List<Integer> markersBeforeScan(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return markers;
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(messageKey));
    }
}
