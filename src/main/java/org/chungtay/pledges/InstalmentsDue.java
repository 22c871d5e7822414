package org.chungtay.pledges;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignsNavigation;
import org.chungtay.campaigns.PledgeTarget;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instalments of open pledges that are not paid in full, by the day they fall due: what the daily
 * reminder job writes about (DD024). Payments cover a pledge's instalments in the order they fall due
 * ({@link Pledge#instalmentStates}), so an instalment is unpaid while the pledge's payments are less than
 * the instalments up to and including it; the query decides that in the database and answers a page at a
 * time. A fulfilled, cancelled or lapsed pledge, and a gift in kind (nothing to transfer), has none.
 * Used by administrators, i.e. the scheduled job acting as the system, within their subtree.
 */
@Service
@Transactional(readOnly = true)
public class InstalmentsDue {

    private static final List<String> OPEN = Arrays.stream(PledgeStatus.values()).filter(PledgeStatus::isOpen)
            .map(PledgeStatus::name).toList();
    private static final List<String> BY_TRANSFER = Arrays.stream(PledgeKind.values())
            .filter(PledgeKind::isPaidByTransfer).map(PledgeKind::name).toList();

    private final JdbcClient jdbc;
    private final PledgeRepository pledges;
    private final CampaignService campaigns;
    private final PledgeLetters letters;
    private final String publicBaseUrl;

    InstalmentsDue(JdbcClient jdbc, PledgeRepository pledges, CampaignService campaigns, PledgeLetters letters,
            @Value("${chungtay.public-base-url}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.letters = letters;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** Where a page of instalments ends: the next page starts after this instalment. */
    public record Position(long pledgeId, int instalmentNumber) {

        public static final Position START = new Position(0, 0);
    }

    /**
     * A page of reminders and where the next page starts, or {@code next} null after the last page. An
     * instalment of a campaign whose account is incomplete has no reminder (there is nowhere to transfer to)
     * but still moves the position on.
     */
    public record Page(List<InstalmentReminder> reminders, Position next) {
    }

    /**
     * The next page of unpaid instalments due between two days (both included), in the order of pledge and
     * instalment, after the position given, with the values of their reminders on {@code today}: an
     * instalment due before today is overdue and its reminder says by how many days.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Page unpaidDueBetween(LocalDate from, LocalDate to, LocalDate today, Position after,
            int pageSize) {
        List<Unpaid> unpaid = jdbc.sql("SELECT i.pledge_id, i.seq, i.due_date, i.amount, p.paid,"
                        + " (SELECT SUM(j.amount) FROM pledge_instalment j WHERE j.pledge_id = i.pledge_id"
                        + " AND j.seq <= i.seq) AS through"
                        + " FROM pledge_instalment i JOIN pledge p ON p.id = i.pledge_id"
                        + " WHERE i.due_date BETWEEN :from AND :to AND p.status IN (:open) AND p.kind IN (:byTransfer)"
                        + " AND p.fund_unit_path LIKE :subtree"
                        + " AND (i.pledge_id > :afterPledge OR (i.pledge_id = :afterPledge AND i.seq > :afterSeq))"
                        + " AND p.paid < (SELECT SUM(j.amount) FROM pledge_instalment j WHERE j.pledge_id = i.pledge_id"
                        + " AND j.seq <= i.seq)"
                        + " ORDER BY i.pledge_id, i.seq LIMIT :size")
                .param("from", from)
                .param("to", to)
                .param("open", OPEN)
                .param("byTransfer", BY_TRANSFER)
                .param("subtree", FundScope.subtreePath() + "%")
                .param("afterPledge", after.pledgeId())
                .param("afterSeq", after.instalmentNumber())
                .param("size", pageSize)
                .query((row, number) -> new Unpaid(row.getLong("pledge_id"), row.getInt("seq"),
                        row.getObject("due_date", LocalDate.class), row.getLong("amount"),
                        row.getLong("through") - row.getLong("paid")))
                .list();
        Map<Long, Pledge> byId = pledges.findAllById(unpaid.stream().map(Unpaid::pledgeId).distinct().toList())
                .stream().collect(Collectors.toMap(Pledge::id, Function.identity()));
        Map<Long, PledgeTarget> targets = new HashMap<>();
        List<InstalmentReminder> reminders = unpaid.stream().map(instalment -> {
            Pledge pledge = byId.get(instalment.pledgeId());
            PledgeTarget campaign = targets.computeIfAbsent(pledge.campaignId(),
                    id -> campaigns.findPledgeTargetById(id).orElseThrow());
            return reminder(pledge, campaign, instalment, today);
        }).filter(Objects::nonNull).toList();
        Unpaid last = unpaid.isEmpty() ? null : unpaid.getLast();
        return new Page(reminders, unpaid.size() < pageSize ? null : new Position(last.pledgeId(), last.number()));
    }

    /** The reminder of one instalment, or null when the campaign's account is incomplete (nothing to transfer to). */
    private InstalmentReminder reminder(Pledge pledge, PledgeTarget campaign, Unpaid instalment, LocalDate today) {
        PledgeConfirmation details = letters.confirmation(pledge, campaign);
        if (!details.paidByTransfer()) {
            return null;
        }
        Locale language = pledge.language();
        Map<String, Object> values = letters.letterhead(pledge, details, language);
        values.putAll(letters.account(details));
        values.put("instalmentNumber", String.valueOf(instalment.number()));
        values.put("instalmentCount", String.valueOf(pledge.instalments().size()));
        values.put("amount", Money.vnd(Math.min(instalment.amount(), instalment.left())).format(language));
        values.put("dueDate", letters.dates(language).format(instalment.dueDate()));
        if (instalment.dueDate().isBefore(today)) {
            values.put("daysOverdue", String.valueOf(ChronoUnit.DAYS.between(instalment.dueDate(), today)));
        }
        values.put("pageUrl", publicBaseUrl + "/" + CampaignsNavigation.publicPage(campaign.slug()));
        return new InstalmentReminder(pledge.id(), instalment.number(), pledge.campaignId(), pledge.donorId(),
                pledge.fundUnitId(), pledge.contactEmail(), language, values);
    }

    /** @param left what the pledge's payments leave unpaid of the instalments up to this one */
    private record Unpaid(long pledgeId, int number, LocalDate dueDate, long amount, long left) {
    }
}
