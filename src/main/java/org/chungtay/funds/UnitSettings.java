package org.chungtay.funds;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chungtay.shared.Money;
import org.chungtay.shared.TaxCode;

/**
 * The stored row of a unit's {@link FundUnitSettings}: made the first time a fund manager saves them
 * complete, changed afterwards, never deleted. Values arrive checked by {@link FundUnitSettingsService}.
 */
@Entity
@Table(name = "fund_unit_settings")
class UnitSettings {

    @Id
    @Column(name = "fund_unit_id")
    private Long fundUnitId;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "receipt_name", nullable = false, length = 200)
    private String receiptName;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "tax_code", length = 14)
    private String taxCode;

    @Column(name = "signatory_name", nullable = false, length = 100)
    private String signatoryName;

    @Column(name = "signatory_title", nullable = false, length = 100)
    private String signatoryTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "receipt_paper", nullable = false, length = 2)
    private ReceiptPaper paper;

    @Column(name = "receipts_on_recording", nullable = false)
    private boolean receiptsOnRecording;

    @Column(name = "fee_tolerance", nullable = false)
    private Money feeTolerance;

    @Column(name = "thank_you_delay_minutes", nullable = false)
    private int thankYouDelayMinutes;

    @Column(name = "quiet_hours_on", nullable = false)
    private boolean quietHoursOn;

    /** Required columns: while quiet hours are off they keep the hours last set (the defaults on a new row), unused. */
    @Column(name = "quiet_hours_start", nullable = false)
    private LocalTime quietHoursStart;

    @Column(name = "quiet_hours_end", nullable = false)
    private LocalTime quietHoursEnd;

    @Column(name = "approval_threshold", nullable = false)
    private Money approvalThreshold = FundUnitSettingsEntry.DEFAULT_APPROVAL_THRESHOLD;

    /** Null until persisted, so that Spring Data persists a new row instead of merging one that is not there. */
    @Version
    private Long version;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UnitSettings() {
    }

    UnitSettings(long fundUnitId) {
        this.fundUnitId = fundUnitId;
    }

    void change(String code, String receiptName, String address, TaxCode taxCode, String signatoryName,
            String signatoryTitle, ReceiptPaper paper, boolean receiptsOnRecording, Money feeTolerance,
            ThankYouTiming thankYou, Money approvalThreshold, String by, Instant at) {
        this.code = code;
        this.receiptName = receiptName;
        this.address = address;
        this.taxCode = taxCode == null ? null : taxCode.value();
        this.signatoryName = signatoryName;
        this.signatoryTitle = signatoryTitle;
        this.paper = paper;
        this.receiptsOnRecording = receiptsOnRecording;
        this.feeTolerance = feeTolerance;
        this.thankYouDelayMinutes = thankYou.delayMinutes();
        this.quietHoursOn = thankYou.quietHours() != null;
        if (thankYou.quietHours() != null) {
            this.quietHoursStart = thankYou.quietHours().start();
            this.quietHoursEnd = thankYou.quietHours().end();
        } else if (quietHoursStart == null) {
            this.quietHoursStart = QuietHours.DEFAULT.start();
            this.quietHoursEnd = QuietHours.DEFAULT.end();
        }
        this.approvalThreshold = approvalThreshold;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    long fundUnitId() {
        return fundUnitId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    FundUnitSettings of(FundUnit unit) {
        return new FundUnitSettings(fundUnitId, unit.name(), unit.path(), code, receiptName, address,
                taxCode == null ? null : new TaxCode(taxCode), signatoryName, signatoryTitle, paper,
                receiptsOnRecording, feeTolerance, thankYou(), approvalThreshold, version());
    }

    ThankYouTiming thankYou() {
        return new ThankYouTiming(thankYouDelayMinutes,
                quietHoursOn ? new QuietHours(quietHoursStart, quietHoursEnd) : null);
    }

    @Override
    public String toString() {
        return "FundUnitSettings[unit=" + fundUnitId + ", code=" + code + ", receiptName=" + receiptName
                + ", address=" + address + ", taxCode=" + taxCode + ", signatory=" + signatoryName + " ("
                + signatoryTitle + "), paper=" + paper + ", receiptsOnRecording=" + receiptsOnRecording
                + ", feeTolerance=" + feeTolerance + ", thankYouDelayMinutes=" + thankYouDelayMinutes
                + ", quietHours=" + (quietHoursOn ? quietHoursStart + "-" + quietHoursEnd : "off")
                + ", approvalThreshold=" + approvalThreshold + "]";
    }
}
