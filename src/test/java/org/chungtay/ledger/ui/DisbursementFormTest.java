package org.chungtay.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chungtay.ledger.DisbursementEntry;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.Pool;
import org.chungtay.ledger.Purpose;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** The disbursement form without a browser or Spring: what it offers, hands over and refuses where. */
class DisbursementFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final DisbursementTarget LINE = new DisbursementTarget(Purpose.PROJECT, 7, 5, "/1/5/",
            Programme.EARLY_CHILDHOOD_CARE, 3L, null, null, "Nhà trẻ — Xây dựng", "Nursery — Building",
            Money.vnd(50_000_000), "projects/nha-tre");
    private static final Pool PROJECT_POOL = new Pool(11, Pool.Kind.PROJECT, 5, "/1/5/", "Xã Ea Súp",
            Programme.EARLY_CHILDHOOD_CARE, 3L, null, Money.vnd(6_000_000), Money.vnd(1_000_000));
    private static final Pool GENERAL_POOL = new Pool(12, Pool.Kind.GENERAL, 5, "/1/5/", "Xã Ea Súp", null, null,
            null, Money.vnd(9_000_000), Money.ZERO);

    private final List<DisbursementEntry> saved = new ArrayList<>();

    private DisbursementForm form() {
        DisbursementForm form = new DisbursementForm(new DisbursementForm.Choices() {
            @Override
            public List<DisbursementTarget> targets(Purpose purpose) {
                return purpose == Purpose.PROJECT ? List.of(LINE) : List.of();
            }

            @Override
            public List<Pool> pools(Purpose purpose, Long targetId) {
                return purpose == Purpose.PROJECT ? List.of(PROJECT_POOL, GENERAL_POOL) : List.of(GENERAL_POOL);
            }
        }, TODAY);
        form.addSaveListener(event -> saved.add(event.entry()));
        return form;
    }

    @Test
    void anEmptyFormMarksEveryMissingFieldAtOnce() {
        DisbursementForm form = form();
        form.save();
        assertThat(saved).isEmpty();
        assertThat(form.purpose.isInvalid()).isTrue();
        assertThat(form.pool.isInvalid()).isTrue();
        assertThat(form.amount.isInvalid()).isTrue();
        assertThat(form.paidOn.getValue()).isEqualTo(TODAY);
    }

    @Test
    void aProjectDisbursementOffersTheValidPoolsAndRefusesMoreThanThePoolHas() {
        DisbursementForm form = form();
        form.purpose.setValue(Purpose.PROJECT);
        assertThat(form.target.isVisible()).isTrue();
        form.target.setValue(LINE);
        assertThat(form.pool.getValue()).isEqualTo(PROJECT_POOL);
        form.amount.setValue("5.000.001");
        form.save();
        assertThat(saved).isEmpty();
        assertThat(form.amount.getErrorMessage()).contains("ledger.error.over-pool");

        form.amount.setValue("5.000.000");
        form.description.setValue(" Mái tôn ");
        form.save();
        assertThat(saved).singleElement().satisfies(entry -> {
            assertThat(entry.purpose()).isEqualTo(Purpose.PROJECT);
            assertThat(entry.targetId()).isEqualTo(LINE.id());
            assertThat(entry.poolId()).isEqualTo(PROJECT_POOL.id());
            assertThat(entry.amount()).isEqualTo(Money.vnd(5_000_000));
            assertThat(entry.description()).isEqualTo("Mái tôn");
        });
    }

    @Test
    void theGeneralFundNeedsNoTargetButADescriptionAndNoDayInTheFuture() {
        DisbursementForm form = form();
        form.purpose.setValue(Purpose.GENERAL);
        assertThat(form.target.isVisible()).isFalse();
        form.amount.setValue("100000");
        form.paidOn.setValue(TODAY.plusDays(1));
        form.save();
        assertThat(saved).isEmpty();
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.paidOn.isInvalid()).isTrue();

        assertThat(form.showProblem(new UserFacingException("ledger.error.over-budget", 10))).isTrue();
        assertThat(form.amount.isInvalid()).isTrue();
    }
}
