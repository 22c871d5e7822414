package org.chungtay.shared;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * An uploaded picture (a campaign's cover, a project's photo, a child's photo shared with consent, a scanned
 * receipt), checked once here for every module and stored in the database so that every node serves it. Only PNG, JPEG and
 * WebP are accepted, recognised by their first bytes rather than by the file's name or the type the
 * browser claims, and only up to {@value #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side.
 * <p>
 * Photos may show children and the places they live, and a phone writes where a photo was
 * taken into it (EXIF, GPS). So an uploaded picture is never stored as it came: it is decoded and
 * encoded again, which keeps the pixels and nothing else (a JPEG is first turned upright as its EXIF
 * orientation says). A PNG stays a PNG (with its transparency), a
 * JPEG a JPEG; a WebP becomes a PNG if it has transparency and a JPEG otherwise, as the JDK writes no WebP.
 *
 * @param contentType the type of the stored bytes
 */
public record Picture(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SIDE = 4_000;

    private static final float JPEG_QUALITY = 0.9f;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    static {
        // ImageIO finds plug-ins through the class loader of the thread that first touches it, which in a
        // packaged Spring Boot application need not see this library: register the WebP reader by name.
        IIORegistry.getDefaultInstance().registerServiceProvider(new WebPImageReaderSpi());
    }

    public Picture {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /**
     * The picture in the uploaded bytes, encoded again without any metadata.
     *
     * @throws UserFacingException if they are empty, too large, not a PNG, JPEG or WebP image, larger than
     *         {@value #MAX_SIDE} pixels a side, or cannot be decoded
     */
    public static Picture of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException("picture.error.type");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("picture.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String type = typeOf(bytes);
        BufferedImage picture = decode(bytes);
        if (type.equals("image/jpeg")) {
            picture = upright(picture, exifOrientation(bytes));
        }
        return type.equals("image/png") || picture.getColorModel().hasAlpha()
                ? new Picture("image/png", png(picture))
                : new Picture("image/jpeg", jpeg(picture));
    }

    /**
     * Reads the size from the header first, so that a small file that claims an enormous picture (a
     * decompression bomb) is refused before any memory is spent on its pixels.
     */
    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UserFacingException("picture.error.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw new UserFacingException("picture.error.too-many-pixels", MAX_SIDE, MAX_SIDE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof UserFacingException refused) {
                throw refused;
            }
            throw new UserFacingException("picture.error.unreadable");
        }
    }

    /**
     * The EXIF orientation of a JPEG (1: as stored). Phones store a portrait photo sideways and say so
     * only in EXIF, which is about to be dropped, so the pixels are turned first.
     */
    private static int exifOrientation(byte[] jpeg) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.getFirst().data();
            // "Exif" is followed by two zero bytes; the segment's data starts after the first.
            data.read();
            try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                Entry orientation = new TIFFReader().read(tiff).getEntryById(TIFF.TAG_ORIENTATION);
                return orientation != null && orientation.getValue() instanceof Number number ? number.intValue() : 1;
            }
        } catch (IOException | RuntimeException unreadableExif) {
            return 1;
        }
    }

    /** Turns or mirrors the pixels as EXIF orientations 2 to 8 say (see the TIFF 6.0 specification). */
    private static BufferedImage upright(BufferedImage picture, int orientation) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> null;
        };
        if (transform == null) {
            return picture;
        }
        boolean turned = orientation >= 5;
        BufferedImage upright = new BufferedImage(turned ? height : width, turned ? width : height,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = upright.createGraphics();
        graphics.drawImage(picture, transform, null);
        graphics.dispose();
        return upright;
    }

    private static byte[] png(BufferedImage picture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage picture) {
        BufferedImage rgb = picture;
        if (picture.getType() != BufferedImage.TYPE_INT_RGB && picture.getType() != BufferedImage.TYPE_3BYTE_BGR
                && picture.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(picture, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), quality);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String typeOf(byte[] bytes) {
        if (startsWith(bytes, 0, PNG)) {
            return "image/png";
        }
        if (startsWith(bytes, 0, JPEG_START)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
            return "image/webp";
        }
        throw new UserFacingException("picture.error.type");
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
