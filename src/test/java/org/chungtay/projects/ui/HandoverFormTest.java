package org.chungtay.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chungtay.projects.Handover;
import org.junit.jupiter.api.Test;

/** The handover form without a browser or Spring. */
class HandoverFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final List<HandoverForm.Entry> handed = new ArrayList<>();

    @Test
    void aHandoverNeedsItsDateAndWhoReceivedItAndNoDateInTheFuture() {
        HandoverForm form = new HandoverForm(null, false, TODAY);
        form.submit(handed::add);
        assertThat(handed).isEmpty();
        assertThat(form.on.isInvalid()).isTrue();
        assertThat(form.receivedBy.isInvalid()).isTrue();

        form.on.setValue(TODAY.plusDays(1));
        form.receivedBy.setValue("Trường Tiểu học Ea Súp");
        form.submit(handed::add);
        assertThat(handed).isEmpty();
        assertThat(form.on.isInvalid()).isTrue();

        form.on.setValue(TODAY);
        form.submit(handed::add);
        assertThat(handed).singleElement().satisfies(entry -> {
            assertThat(entry.handover()).isEqualTo(new Handover(TODAY, "Trường Tiểu học Ea Súp", ""));
            assertThat(entry.document()).as("no new scan: the stored one stays").isNull();
        });
    }

    @Test
    void aRecordedHandoverOpensWithItsValuesAndAnUploadedScanIsHandedOver() {
        HandoverForm form = new HandoverForm(new Handover(TODAY.minusDays(3), "UBND xã", "Đã nghiệm thu"), true, TODAY);
        form.document.set(new HandoverForm.Document("bien-ban.pdf", new byte[] {'%', 'P', 'D', 'F', '-'}));

        form.submit(handed::add);

        assertThat(handed).singleElement().satisfies(entry -> {
            assertThat(entry.handover().receivedBy()).isEqualTo("UBND xã");
            assertThat(entry.fileName()).isEqualTo("bien-ban.pdf");
            assertThat(entry.document()).hasSize(5);
        });
    }
}
