package org.chungtay.communications;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.campaigns.PublicCampaign;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.payments.MailingLists;
import org.chungtay.payments.MailingLists.Recipient;
import org.chungtay.shared.BulkWork;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monthly progress digest (DD024): to every donor whose latest consent to progress updates is granted
 * and who has an address, what is new on the campaigns they gave to in the month: money raised in the month
 * and in all against the goal, the number of donors who gave, a campaign that closed or reached its goal, with the
 * campaign's cover, in the donor's language. A donor with nothing new gets nothing.
 *
 * <p>Donors are read a page at a time, each page queued in a short transaction of its own. The dedup key
 * {@code digest:<yyyy-MM>:donor:<id>} keeps a donor to one digest a month, whatever runs again or on
 * another node. What is new on a campaign is worked out once per run.
 */
@Component
class ProgressDigests {

    private static final int PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ProgressDigests.class);

    private final MailingLists lists;
    private final CampaignService campaigns;
    private final FundUnitService fundUnits;
    private final Outbox outbox;
    private final BulkWork bulk;
    private final I18NProvider words;
    private final String publicBaseUrl;

    ProgressDigests(MailingLists lists, CampaignService campaigns, FundUnitService fundUnits, Outbox outbox,
            BulkWork bulk, I18NProvider words, @Value("${chungtay.public-base-url}") String publicBaseUrl) {
        this.lists = lists;
        this.campaigns = campaigns;
        this.fundUnits = fundUnits;
        this.outbox = outbox;
        this.bulk = bulk;
        this.words = words;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * Queues the digest of a month (in Vietnam), as the system.
     *
     * @return how many digests were handed to the outbox (those queued before are not queued again)
     */
    int queue(YearMonth month) {
        int handed = SystemActor.call(() -> new Run(month).all());
        LOG.info("Progress digest of {}: {} handed to the outbox", month, handed);
        return handed;
    }

    /** What is new on one campaign in the month. */
    private record CampaignNews(PublicCampaign campaign, Money raised, long donors, boolean closed, boolean reachedGoal) {

        boolean isNew() {
            return raised.amount() > 0 || closed || reachedGoal;
        }
    }

    /** One run over every opted-in donor, remembering what it learnt of each campaign and unit. */
    private final class Run {

        private final YearMonth month;
        private final LocalDate from;
        private final LocalDate to;
        private final Map<Long, CampaignNews> news = new HashMap<>();
        private final Map<Long, String> unitNames = new HashMap<>();

        Run(YearMonth month) {
            this.month = month;
            this.from = month.atDay(1);
            this.to = month.atEndOfMonth();
        }

        int all() {
            int handed = 0;
            long after = 0;
            List<Recipient> page;
            do {
                page = lists.optedIn(ConsentCategory.PROGRESS_UPDATES, FundScope.subtreePath(), after, PAGE);
                List<OutgoingEmail> digests = digests(page);
                bulk.inTransaction(() -> digests.forEach(outbox::enqueue));
                handed += digests.size();
                after = page.isEmpty() ? after : page.getLast().donorId();
            } while (page.size() == PAGE);
            return handed;
        }

        private List<OutgoingEmail> digests(List<Recipient> donors) {
            Map<Long, List<Long>> given = lists.campaignsGivenTo(donors.stream().map(Recipient::donorId).toList());
            learn(given.values().stream().flatMap(List::stream).distinct().filter(id -> !news.containsKey(id)).toList());
            List<OutgoingEmail> digests = new ArrayList<>();
            for (Recipient donor : donors) {
                Locale language = Locale.of(donor.language());
                // Campaigns only for now; the projects a donor funds and the children they sponsor (issue 9)
                // add their items here, each as consent allows.
                List<Map<String, Object>> items = given.getOrDefault(donor.donorId(), List.of()).stream()
                        .map(news::get).filter(campaign -> campaign != null && campaign.isNew())
                        .map(campaign -> item(campaign, language)).toList();
                if (!items.isEmpty()) {
                    digests.add(new OutgoingEmail(MessageKind.PROGRESS_DIGEST, donor.email(), language,
                            values(donor, language, items), "digest:" + month + ":donor:" + donor.donorId(),
                            donor.fundUnitId()).about(donor.donorId(), null));
                }
            }
            return digests;
        }

        private void learn(List<Long> campaignIds) {
            if (campaignIds.isEmpty()) {
                return;
            }
            Map<Long, PublicCampaign> found = campaigns.findPublic(campaignIds);
            Map<Long, Money> raised = lists.receivedBetween(found.keySet(), from, to);
            Map<Long, Long> donors = lists.donorsWhoGave(found.keySet());
            for (Long id : campaignIds) {
                PublicCampaign campaign = found.get(id);
                if (campaign == null) {
                    news.put(id, null);
                    continue;
                }
                Money inMonth = raised.getOrDefault(id, Money.ZERO);
                long total = campaign.figures().received().amount();
                long goal = campaign.goal() == null ? 0 : campaign.goal().amount();
                boolean closed = campaign.closedOn() != null && !campaign.closedOn().isBefore(from)
                        && !campaign.closedOn().isAfter(to);
                boolean reachedGoal = goal > 0 && total >= goal && total - inMonth.amount() < goal;
                news.put(id, new CampaignNews(campaign, inMonth, donors.getOrDefault(id, 0L), closed, reachedGoal));
            }
        }

        private Map<String, Object> item(CampaignNews news, Locale language) {
            PublicCampaign campaign = news.campaign();
            NumberFormat numbers = NumberFormat.getIntegerInstance(language);
            long goal = campaign.goal() == null ? 0 : campaign.goal().amount();
            long total = campaign.figures().received().amount();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", campaign.name(language));
            item.put("raised", words.getTranslation("mail.digest.raised", language, news.raised().format(language),
                    period(language)));
            item.put("progress", words.getTranslation("mail.digest.progress", language,
                    campaign.figures().received().format(language), Money.vnd(goal).format(language),
                    numbers.format(goal == 0 ? 0 : total * 100 / goal), numbers.format(news.donors())));
            item.put("news", news.reachedGoal() ? words.getTranslation("mail.digest.goal-reached", language)
                    : news.closed() ? words.getTranslation("mail.digest.closed", language, date(campaign.closedOn(), language))
                    : false);
            item.put("imageUrl", campaign.hasCover() ? publicBaseUrl + "/" + CampaignsNavigation.publicCover(campaign.slug())
                    : false);
            item.put("pageUrl", publicBaseUrl + "/" + CampaignsNavigation.publicPage(campaign.slug()));
            return item;
        }

        private Map<String, Object> values(Recipient donor, Locale language, List<Map<String, Object>> items) {
            Map<String, Object> values = new HashMap<>();
            values.put("donorName", donor.name());
            values.put("period", period(language));
            values.put("items", items);
            values.put("fundUnitName", unitNames.computeIfAbsent(donor.fundUnitId(),
                    id -> fundUnits.findPublic(id).map(FundUnitRef::name).orElse("")));
            values.put("pageUrl", publicBaseUrl + "/" + CampaignsNavigation.PUBLIC_LIST);
            return values;
        }

        private String period(Locale language) {
            return DateTimeFormatter.ofPattern(words.getTranslation("mail.digest.period-pattern", language), language)
                    .format(month);
        }

        private String date(LocalDate day, Locale language) {
            return DateTimeFormatter.ofPattern(words.getTranslation("format.date", language)).format(day);
        }
    }
}
