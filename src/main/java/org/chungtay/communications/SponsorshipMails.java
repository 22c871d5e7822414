package org.chungtay.communications;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.children.ChildrenNavigation;
import org.chungtay.children.DeliveryLate;
import org.chungtay.children.DeliveryNotice;
import org.chungtay.children.DeliveryRecorded;
import org.chungtay.children.PseudonymLabels;
import org.chungtay.children.SponsorshipService;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.people.StaffAddressee;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails of direct sponsorships (DD026), the child only ever as a pseudonym: to the sponsor (the contact the
 * pledge names, in the pledge's language) when commune staff recorded a month's delivery, and to the staff of the
 * child's commune (or of the nearest unit above it that has staff) when a month's delivery is late. The dedup
 * keys name the month (and the staff member), so a replayed event sends nothing twice.
 */
@Component
class SponsorshipMails {

    private static final Logger LOG = LoggerFactory.getLogger(SponsorshipMails.class);
    private static final Set<Role> COMMUNE_STAFF = Set.of(Role.FUND_STAFF, Role.FUND_MANAGER);

    private final Outbox outbox;
    private final SponsorshipService sponsorships;
    private final PseudonymLabels labels;
    private final FundUnitService fundUnits;
    private final StaffUserService staff;
    private final I18NProvider words;
    private final String baseUrl;

    SponsorshipMails(Outbox outbox, SponsorshipService sponsorships, PseudonymLabels labels, FundUnitService fundUnits,
            StaffUserService staff, I18NProvider words, @Value("${chungtay.public-base-url}") String publicBaseUrl) {
        this.outbox = outbox;
        this.sponsorships = sponsorships;
        this.labels = labels;
        this.fundUnits = fundUnits;
        this.staff = staff;
        this.words = words;
        this.baseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(DeliveryRecorded recorded) {
        SystemActor.run(() -> sponsorships.notice(recorded.monthId()).ifPresent(this::tellSponsor));
    }

    @ApplicationModuleListener
    void on(DeliveryLate late) {
        SystemActor.run(() -> sponsorships.notice(late.monthId()).ifPresent(this::tellStaff));
    }

    /**
     * News for the sponsor. The kind is a progress update: it goes to the donor the pledge belongs to, with their
     * one-click opt-out, and not to a pledge whose donor record staff have not settled yet.
     */
    private void tellSponsor(DeliveryNotice notice) {
        if (notice.donorId() == null) {
            LOG.info("Sponsorship update of month {} not sent: pledge {} has no donor yet", notice.monthId(),
                    notice.pledgeId());
            return;
        }
        Locale language = Languages.of(notice.language().getLanguage());
        Map<String, Object> values = new HashMap<>();
        values.put("donorName", notice.sponsorName());
        values.put("child", labels.of(notice.child(), language));
        values.put("updateTitle", words.getTranslation("children.mail.delivery-title", language,
                period(notice.period(), language)));
        values.put("updateSummary", words.getTranslation("children.mail.delivery-summary", language,
                date(notice.deliveredOn(), language), notice.amount().format(language),
                words.getTranslation(notice.method().labelKey(), language), period(notice.period(), language)));
        values.put("updatedOn", date(notice.deliveredOn(), language));
        values.put("pageUrl", baseUrl + "/donor");
        values.put("fundUnitName", fundUnits.findPublic(notice.pledgeFundUnitId()).map(FundUnitRef::name).orElse(""));
        outbox.enqueue(new OutgoingEmail(MessageKind.SPONSORSHIP_UPDATE, notice.contactEmail(), language, values,
                "sponsorship-update:delivery:" + notice.monthId(), notice.pledgeFundUnitId())
                .about(notice.donorId(), notice.campaignId()));
    }

    private void tellStaff(DeliveryNotice notice) {
        List<StaffAddressee> keepers = fundUnits.findPublic(notice.communeId())
                .map(commune -> staff.nearestAddressees(commune.path(), COMMUNE_STAFF)).orElse(List.of());
        long daysLate = ChronoUnit.DAYS.between(notice.dueOn(), VietnamTime.today());
        for (StaffAddressee keeper : keepers) {
            Locale language = Languages.of(keeper.language());
            outbox.enqueue(new OutgoingEmail(MessageKind.STAFF_DELIVERY_LATE, keeper.email(), language, Map.of(
                    "staffName", keeper.fullName(),
                    "sponsorName", notice.sponsorName(),
                    "child", labels.of(notice.child(), language),
                    "period", period(notice.period(), language),
                    "dueDate", date(notice.dueOn(), language),
                    "daysLate", Long.toString(daysLate),
                    "pageUrl", baseUrl + "/" + ChildrenNavigation.sponsorship(notice.sponsorshipId())),
                    "delivery-late:" + notice.monthId() + ":staff:" + keeper.id(), notice.communeId()));
        }
        LOG.info("Late delivery of month {}: {} staff told", notice.monthId(), keepers.size());
    }

    private String period(YearMonth period, Locale language) {
        return DateTimeFormatter.ofPattern(words.getTranslation("mail.digest.period-pattern", language), language)
                .format(period);
    }

    private String date(java.time.LocalDate day, Locale language) {
        return DateTimeFormatter.ofPattern(words.getTranslation("format.date", language)).format(day);
    }
}
