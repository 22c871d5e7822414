package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ScannedDocumentTest {

    @Test
    void aPdfIsKeptAsItCameUnderASafeName() {
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        ScannedDocument document = ScannedDocument.of("C:\\scans\\biên\"nhận.PDF", pdf);
        assertThat(document.isPdf()).isTrue();
        assertThat(document.fileName()).isEqualTo("biênnhận.pdf");
        assertThat(document.bytes()).isEqualTo(pdf);
    }

    @Test
    void aPictureIsEncodedAgainAndNamedForItsType() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        ScannedDocument document = ScannedDocument.of("../../receipt.jpeg", png.toByteArray());
        assertThat(document.contentType()).isEqualTo("image/png");
        assertThat(document.fileName()).isEqualTo("receipt.png");
    }

    @Test
    void anythingElseIsRefusedWithOneClearMessage() {
        assertThatThrownBy(() -> ScannedDocument.of("x.html", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("document.error.type"));
        assertThatThrownBy(() -> ScannedDocument.of("x.pdf", new byte[0]))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("document.error.type"));
        byte[] huge = new byte[ScannedDocument.MAX_PDF_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertThatThrownBy(() -> ScannedDocument.of("big.pdf", huge))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("document.error.too-large"));
    }
}
