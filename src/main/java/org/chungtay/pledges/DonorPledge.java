package org.chungtay.pledges;

import java.time.Instant;
import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * One of the signed-in donor's pledges as their list shows it, with how many of its instalments the payments
 * cover and how many are late.
 */
public record DonorPledge(String reference, String campaignNameVi, String campaignNameEn, PledgeKind kind,
        Money total, Money paid, PledgeStatus status, Instant createdAt, int instalments, int paidInstalments,
        int overdueInstalments) {

    public String campaignName(Locale locale) {
        return "en".equals(locale.getLanguage()) && campaignNameEn != null && !campaignNameEn.isBlank()
                ? campaignNameEn : campaignNameVi;
    }
}
