package org.chungtay.campaigns;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

import org.chungtay.shared.Banks;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;

/**
 * The rules every saved campaign keeps, whatever its status. Texts are plain text: they are stored as
 * typed (in NFC, trimmed) and escaped wherever they are shown, so "&lt;b&gt;" is a name like any other;
 * only control characters, which no one types on purpose, are refused.
 */
final class CampaignRules {

    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Z0-9]{4," + CampaignDraft.ACCOUNT_NUMBER_LIMIT + "}");
    private static final Pattern ACCOUNT_SEPARATORS = Pattern.compile("[\\s.\\-\\u00A0]+");

    private CampaignRules() {
    }

    /** The draft as it will be stored. @throws UserFacingException for the first rule it breaks */
    static CampaignDraft checked(CampaignDraft draft) {
        if (draft.kind() == null) {
            throw new UserFacingException("campaigns.error.kind-required");
        }
        String nameVi = line(draft.nameVi(), CampaignDraft.NAME_LIMIT, "campaigns.error.name-too-long");
        if (nameVi == null) {
            throw new UserFacingException("campaigns.error.name-required");
        }
        String nameEn = line(draft.nameEn(), CampaignDraft.NAME_LIMIT, "campaigns.error.name-too-long");
        String descriptionVi = paragraphs(draft.descriptionVi());
        String descriptionEn = paragraphs(draft.descriptionEn());
        checkGoal(draft.goal());
        checkDates(draft.kind(), draft.startDate(), draft.endDate());
        return new CampaignDraft(draft.kind(), draft.fundUnitId(), nameVi, nameEn, descriptionVi, descriptionEn,
                draft.goal(), draft.startDate(), draft.endDate(), account(draft.account()), slug(draft.slug()));
    }

    static void checkGoal(Money goal) {
        if (goal != null && (!goal.isPositive() || goal.isGreaterThan(Money.MAX_PLEDGE))) {
            throw new UserFacingException("campaigns.error.goal-invalid", Money.MAX_PLEDGE.amount());
        }
    }

    static void checkDates(CampaignKind kind, LocalDate start, LocalDate end) {
        for (LocalDate day : new LocalDate[] {start, end}) {
            if (day != null && (day.isBefore(CampaignDraft.FIRST_DAY) || day.isAfter(CampaignDraft.LAST_DAY))) {
                // Years as text: MessageFormat would group them as numbers ("2.000").
                throw new UserFacingException("campaigns.error.date-out-of-range",
                        String.valueOf(CampaignDraft.FIRST_DAY.getYear()), String.valueOf(CampaignDraft.LAST_DAY.getYear()));
            }
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                throw new UserFacingException("campaigns.error.end-before-start");
            }
            if (kind == CampaignKind.EMERGENCY_APPEAL && days(start, end) > CampaignDraft.EMERGENCY_MAX_DAYS) {
                throw new UserFacingException("campaigns.error.emergency-too-long", CampaignDraft.EMERGENCY_MAX_DAYS);
            }
        }
    }

    /** Days from start to end, both included. */
    static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    static ReceivingAccount account(ReceivingAccount account) {
        String bin = blankToNull(account.bankBin());
        if (bin != null && Banks.byBin(bin).isEmpty()) {
            throw new UserFacingException("campaigns.error.bank-unknown");
        }
        String number = blankToNull(account.accountNumber());
        if (number != null) {
            number = ACCOUNT_SEPARATORS.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
            if (!ACCOUNT_NUMBER.matcher(number).matches()) {
                throw new UserFacingException("campaigns.error.account-number-invalid");
            }
        }
        String name = line(account.accountName(), CampaignDraft.ACCOUNT_NAME_LIMIT,
                "campaigns.error.account-name-too-long");
        return new ReceivingAccount(bin, number, name);
    }

    static String slug(String slug) {
        String typed = blankToNull(slug);
        if (typed == null) {
            return null;
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        if (!CampaignSlug.isValid(lower)) {
            throw new UserFacingException("campaigns.error.slug-invalid", CampaignSlug.MIN_LENGTH,
                    CampaignSlug.MAX_LENGTH);
        }
        return lower;
    }

    /** One line of text, or null when blank. */
    private static String line(String text, int limit, String tooLongKey) {
        String stripped = blankToNull(text);
        if (stripped == null) {
            return null;
        }
        if (stripped.length() > limit) {
            throw new UserFacingException(tooLongKey, limit);
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("campaigns.error.text-invalid");
        }
        return stripped;
    }

    /** Text in paragraphs: line breaks and tabs are kept, other control characters are refused. */
    private static String paragraphs(String text) {
        String stripped = blankToNull(text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n'));
        if (stripped == null) {
            return null;
        }
        if (stripped.length() > CampaignDraft.DESCRIPTION_LIMIT) {
            throw new UserFacingException("campaigns.error.description-too-long", CampaignDraft.DESCRIPTION_LIMIT);
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new UserFacingException("campaigns.error.text-invalid");
        }
        return stripped;
    }

    private static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
