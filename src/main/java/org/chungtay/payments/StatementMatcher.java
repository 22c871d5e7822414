package org.chungtay.payments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.chungtay.shared.Money;
import org.chungtay.shared.SearchText;

/**
 * Proposes a pledge for each credit line of a statement, in this order:
 * <ol>
 * <li>the pledge's reference in the transfer note, found however the bank mangled the note (spaces, case,
 * accents, prefixes such as "MBVCB.123456.", the code glued to other words), its check character guarding
 * against a mistyped code: certain, whatever the amount (part of an instalment, or several);
 * <li>else the amount and who sent it: the counterparty account, remembered from earlier matches, or the
 * counterparty name, naming the donor of exactly one pledge whose instalments the amount settles exactly,
 * or settles but for a bank fee within the fund unit's tolerance: likely;
 * <li>else nothing: the line waits for a person, with the pledges whose amounts fit as candidates.
 * </ol>
 * Built once per statement from every open pledge of the subtree, so each line costs a few map lookups.
 */
final class StatementMatcher {

    /** The most candidates a queued line offers; more would be noise. */
    static final int CANDIDATES = 5;

    /** Words of company and personal names that say nothing about who it is. */
    private static final Set<String> NAME_NOISE = Set.of("cong", "ty", "tnhh", "cp", "co", "phan", "ctcp", "ctck",
            "dntn", "mtv", "mot", "thanh", "vien", "tap", "doan", "chi", "nhanh", "ong", "mr", "mrs", "ms", "company", "limited", "ltd", "jsc", "corp", "corporation", "the", "and", "va");

    private final Map<String, OpenPledge> byReference = new HashMap<>();
    private final Map<Long, List<OpenPledge>> byDonor = new HashMap<>();
    private final NavigableMap<Long, List<OpenPledge>> byAmount = new TreeMap<>();
    private final Map<String, Long> donorsByAccount;
    private final Function<String, Optional<String>> referenceIn;
    private final LongFunction<Money> feeTolerance;
    private final long largestTolerance;
    private final Function<String, Optional<PaymentTarget>> otherPledge;

    /**
     * @param open every open pledge of the subtree
     * @param donorsByAccount counterparty accounts learnt from earlier matches, and their donors
     * @param referenceIn the well-formed reference in a note, if any
     * @param feeTolerance the bank-fee tolerance of a fund unit, by its id
     * @param largestTolerance the largest of them
     * @param otherPledge a pledge by reference that is not open (fulfilled pledges still take money by reference)
     */
    StatementMatcher(Collection<OpenPledge> open, Map<String, Long> donorsByAccount,
            Function<String, Optional<String>> referenceIn, LongFunction<Money> feeTolerance, Money largestTolerance,
            Function<String, Optional<PaymentTarget>> otherPledge) {
        this.donorsByAccount = donorsByAccount;
        this.referenceIn = referenceIn;
        this.feeTolerance = feeTolerance;
        this.largestTolerance = largestTolerance.amount();
        this.otherPledge = otherPledge;
        for (OpenPledge pledge : open) {
            byReference.put(pledge.reference(), pledge);
            if (pledge.donorId() != null) {
                byDonor.computeIfAbsent(pledge.donorId(), id -> new ArrayList<>()).add(pledge);
            }
            for (Money amount : pledge.settlingAmounts()) {
                byAmount.computeIfAbsent(amount.amount(), a -> new ArrayList<>()).add(pledge);
            }
        }
    }

    MatchProposal propose(Money amount, String note, String counterpartyName, String counterpartyAccount) {
        Optional<String> reference = referenceIn.apply(note == null ? "" : note);
        if (reference.isPresent()) {
            OpenPledge pledge = byReference.get(reference.get());
            if (pledge != null) {
                return new MatchProposal(MatchProposal.Confidence.CERTAIN, pledge, "statements.reason.reference",
                        List.of(pledge.reference()), List.of());
            }
            Optional<PaymentTarget> closed = otherPledge.apply(reference.get());
            if (closed.isPresent()) {
                return new MatchProposal(MatchProposal.Confidence.CERTAIN, asOpen(closed.get()),
                        "statements.reason.reference-settled", List.of(reference.get()), List.of());
            }
            return MatchProposal.none("statements.reason.reference-elsewhere", List.of(reference.get()),
                    candidates(amount, counterpartyName));
        }
        Long donor = counterpartyAccount == null ? null : donorsByAccount.get(account(counterpartyAccount));
        if (donor != null) {
            Optional<MatchProposal> byAccount = byAmountOf(byDonor.getOrDefault(donor, List.of()), amount,
                    "statements.reason.account");
            if (byAccount.isPresent()) {
                return byAccount.get();
            }
        }
        if (counterpartyName != null && !counterpartyName.isBlank()) {
            Set<String> sender = words(counterpartyName);
            List<OpenPledge> named = fitting(amount).stream()
                    .filter(pledge -> names(sender, pledge.donorName()))
                    .toList();
            Optional<MatchProposal> byName = byAmountOf(named, amount, "statements.reason.name");
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        List<OpenPledge> candidates = candidates(amount, counterpartyName);
        return MatchProposal.none(candidates.isEmpty() ? "statements.reason.nothing" : "statements.reason.candidates",
                List.of(), candidates);
    }

    /** One pledge among these whose instalments the amount settles, exactly or but for the bank's fee. */
    private Optional<MatchProposal> byAmountOf(List<OpenPledge> pledges, Money amount, String reasonKey) {
        List<OpenPledge> exact = pledges.stream().filter(pledge -> settles(pledge, amount, false)).distinct().toList();
        if (exact.size() == 1) {
            OpenPledge pledge = exact.getFirst();
            return Optional.of(new MatchProposal(MatchProposal.Confidence.LIKELY, pledge, reasonKey,
                    List.of(pledge.reference(), pledge.donorName()), List.of()));
        }
        List<OpenPledge> short_ = pledges.stream().filter(pledge -> settles(pledge, amount, true)).distinct().toList();
        if (exact.isEmpty() && short_.size() == 1) {
            OpenPledge pledge = short_.getFirst();
            Money fee = shortfall(pledge, amount);
            return Optional.of(new MatchProposal(MatchProposal.Confidence.LIKELY, pledge, reasonKey + "-fee",
                    List.of(pledge.reference(), pledge.donorName(), fee.amount()), List.of()));
        }
        return Optional.empty();
    }

    private boolean settles(OpenPledge pledge, Money amount, boolean allowingFee) {
        long tolerance = allowingFee ? feeTolerance.apply(pledge.fundUnitId()).amount() : 0;
        return pledge.settlingAmounts().stream()
                .anyMatch(due -> amount.amount() <= due.amount() && due.amount() - amount.amount() <= tolerance);
    }

    private static Money shortfall(OpenPledge pledge, Money amount) {
        return pledge.settlingAmounts().stream().filter(due -> due.amount() >= amount.amount())
                .map(due -> Money.vnd(due.amount() - amount.amount())).findFirst().orElse(Money.ZERO);
    }

    /** Pledges that the amount settles, exactly or within the largest fee tolerance of any unit. */
    private List<OpenPledge> fitting(Money amount) {
        return byAmount.subMap(amount.amount(), true, amount.amount() + largestTolerance, true).values().stream()
                .flatMap(List::stream)
                .filter(pledge -> settles(pledge, amount, true))
                .distinct()
                .toList();
    }

    private List<OpenPledge> candidates(Money amount, String counterpartyName) {
        Set<String> sender = counterpartyName == null ? Set.of() : words(counterpartyName);
        return fitting(amount).stream()
                .sorted(Comparator.comparing((OpenPledge pledge) -> !names(sender, pledge.donorName()))
                        .thenComparing(OpenPledge::reference))
                .limit(CANDIDATES)
                .toList();
    }

    /** Whether the sender's name holds every telling word of the donor's name ("CONG TY TNHH ABC" names "ABC"). */
    static boolean names(Set<String> senderWords, String donorName) {
        if (senderWords.isEmpty() || donorName == null) {
            return false;
        }
        Set<String> donor = words(donorName);
        return !donor.isEmpty() && senderWords.containsAll(donor);
    }

    static Set<String> words(String name) {
        return Arrays.stream(SearchText.normalise(name).split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty() && !NAME_NOISE.contains(word))
                .collect(Collectors.toSet());
    }

    /** Account numbers as banks print them, with spaces, dots or dashes: digits and letters only. */
    static String account(String account) {
        return account.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static OpenPledge asOpen(PaymentTarget target) {
        return new OpenPledge(target.pledgeId(), target.reference(), target.campaignId(), target.fundUnitId(),
                target.fundUnitPath(), target.donorId(), target.donorName(), null, List.of());
    }
}
