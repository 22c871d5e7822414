package org.chungtay.pledges;

import org.chungtay.shared.Programme;
import java.util.List;
import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * What the donor sees of their own pledge on its confirmation page, reached only through the
 * unguessable access token, and repeated in the confirmation email.
 */
public record PledgeConfirmation(String reference, String campaignNameVi, String campaignNameEn,
        String fundUnitName, PledgeKind kind, Programme programme, int children, int months,
        Money perChildPerMonth, String inKindDescription, Money total, List<Instalment> instalments,
        String bankName, String accountNumber, String accountName, String qrPayload, PledgeStatus status,
        String donorName, String contactName, String projectTitleVi, String projectTitleEn) {

    /** The title of the project the gift is designated to in this language, or null. */
    public String projectTitle(Locale locale) {
        if (projectTitleVi == null) {
            return null;
        }
        return "en".equals(locale.getLanguage()) && projectTitleEn != null && !projectTitleEn.isBlank()
                ? projectTitleEn : projectTitleVi;
    }

    public String campaignName(Locale locale) {
        return "en".equals(locale.getLanguage()) && campaignNameEn != null && !campaignNameEn.isBlank()
                ? campaignNameEn : campaignNameVi;
    }

    public boolean paidByTransfer() {
        return qrPayload != null;
    }
}
