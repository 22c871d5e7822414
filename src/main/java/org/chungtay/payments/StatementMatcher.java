package org.chungtay.payments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
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
 * Built once per statement from every open pledge of the subtree, so each line costs a few map lookups:
 * pledges are indexed by reference, donor, the words of the donor's name, and settling amount (each
 * amount's pledges in reference order), never scanned per line: a round amount such as 500,000 đồng is
 * the settling amount of thousands of pledges of a large fund (see bench/statement-import.sh).
 */
final class StatementMatcher {

    /** The reason of a line matched by its counterparty account, learnt before (and its "-fee" variant). */
    static final String BY_ACCOUNT = "statements.reason.account";

    /** The most candidates a queued line offers; more would be noise. */
    static final int CANDIDATES = 5;

    private static final Comparator<OpenPledge> BY_REFERENCE = Comparator.comparing(OpenPledge::reference);
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_IN_AN_ACCOUNT = Pattern.compile("[^0-9A-Za-z]");

    /** Above this many telling words in a sender's name, its pledges are found by scanning, not by index. */
    private static final int MOST_INDEXED_WORDS = 12;

    /** Words of company and personal names that say nothing about who it is. */
    private static final Set<String> NAME_NOISE = Set.of("cong", "ty", "tnhh", "cp", "co", "phan", "ctcp", "ctck",
            "dntn", "mtv", "mot", "thanh", "vien", "tap", "doan", "chi", "nhanh", "ong", "mr", "mrs", "ms", "company", "limited", "ltd", "jsc", "corp", "corporation", "the", "and", "va");

    private final Map<String, OpenPledge> byReference = new HashMap<>();
    private final Map<Long, List<OpenPledge>> byDonor = new HashMap<>();
    private final NavigableMap<Long, List<OpenPledge>> byAmount = new TreeMap<>();
    /** The telling words of each open pledge's donor name, by pledge id; worked out once, not per line. */
    private final Map<Long, Set<String>> donorWords = new HashMap<>();
    /** Pledges by the telling words of their donor's name: those a sender's name names are under its subsets. */
    private final Map<Set<String>, List<OpenPledge>> byDonorWords = new HashMap<>();
    /** Every telling word of any donor's name: a sender's other words can name no one. */
    private final Set<String> donorNameWords = new HashSet<>();
    /** The most telling words in one donor's name: larger subsets of a sender's words name no one. */
    private int longestDonorName;
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
        Map<String, Set<String>> wordsOfName = new HashMap<>();
        for (OpenPledge pledge : open) {
            byReference.put(pledge.reference(), pledge);
            if (pledge.donorId() != null) {
                byDonor.computeIfAbsent(pledge.donorId(), id -> new ArrayList<>()).add(pledge);
            }
            for (Money amount : pledge.settlingAmounts()) {
                byAmount.computeIfAbsent(amount.amount(), a -> new ArrayList<>()).add(pledge);
            }
            if (pledge.donorName() != null) {
                Set<String> words = wordsOfName.computeIfAbsent(pledge.donorName(), StatementMatcher::words);
                donorWords.put(pledge.pledgeId(), words);
                if (!words.isEmpty()) {
                    byDonorWords.computeIfAbsent(words, w -> new ArrayList<>()).add(pledge);
                    donorNameWords.addAll(words);
                    longestDonorName = Math.max(longestDonorName, words.size());
                }
            }
        }
        byAmount.values().forEach(pledges -> pledges.sort(BY_REFERENCE));
    }

    MatchProposal propose(Money amount, String note, String counterpartyName, String counterpartyAccount) {
        return propose(amount, referenceIn.apply(note == null ? "" : note), counterpartyName, counterpartyAccount);
    }

    /** As {@link #propose(Money, String, String, String)}, with the reference already found in the note. */
    MatchProposal propose(Money amount, Optional<String> reference, String counterpartyName,
            String counterpartyAccount) {
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
            Set<String> sender = counterpartyName == null ? Set.of() : words(counterpartyName);
            return MatchProposal.none("statements.reason.reference-elsewhere", List.of(reference.get()),
                    candidates(amount, namedFitting(sender, amount)));
        }
        Long donor = counterpartyAccount == null ? null : donorsByAccount.get(account(counterpartyAccount));
        if (donor != null) {
            Optional<MatchProposal> byAccount = byAmountOf(byDonor.getOrDefault(donor, List.of()), amount,
                    BY_ACCOUNT);
            if (byAccount.isPresent()) {
                return byAccount.get();
            }
        }
        Set<String> sender = counterpartyName == null ? Set.of() : words(counterpartyName);
        List<OpenPledge> named = namedFitting(sender, amount);
        if (counterpartyName != null && !counterpartyName.isBlank()) {
            Optional<MatchProposal> byName = byAmountOf(named, amount, "statements.reason.name");
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        List<OpenPledge> candidates = candidates(amount, named);
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

    /**
     * Whether the amount settles the pledge, exactly or but for its unit's fee tolerance, and no more short
     * of it than the largest tolerance of any unit.
     */
    private boolean fits(OpenPledge pledge, Money amount) {
        long tolerance = Math.min(feeTolerance.apply(pledge.fundUnitId()).amount(), largestTolerance);
        return pledge.settlingAmounts().stream()
                .anyMatch(due -> amount.amount() <= due.amount() && due.amount() - amount.amount() <= tolerance);
    }

    /**
     * The pledges that the amount {@linkplain #fits fits} and whose donor the sender's name names, in no
     * particular order: every set of the sender's words that some donor's name holds, no larger than the
     * longest such name, is looked up, so a line costs at most 2<sup>words</sup> lookups, not a pass over
     * the pledges of its amount.
     */
    private List<OpenPledge> namedFitting(Set<String> sender, Money amount) {
        List<String> words = sender.stream().filter(donorNameWords::contains).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() > MOST_INDEXED_WORDS) {
            return byAmount.subMap(amount.amount(), true, amount.amount() + largestTolerance, true).values().stream()
                    .flatMap(List::stream)
                    .distinct()
                    .filter(pledge -> fits(pledge, amount) && names(sender, pledge))
                    .toList();
        }
        List<OpenPledge> named = new ArrayList<>();
        for (int subset = 1; subset < 1 << words.size(); subset++) {
            if (Integer.bitCount(subset) > longestDonorName) {
                continue;
            }
            Set<String> donor = new HashSet<>();
            for (int word = 0; word < words.size(); word++) {
                if ((subset & 1 << word) != 0) {
                    donor.add(words.get(word));
                }
            }
            for (OpenPledge pledge : byDonorWords.getOrDefault(donor, List.of())) {
                if (fits(pledge, amount)) {
                    named.add(pledge);
                }
            }
        }
        return named;
    }

    /**
     * The first {@value #CANDIDATES} of the pledges the amount fits: those the sender's name names first,
     * then the others, each in reference order; the others are taken from the amounts' lists, which are
     * in reference order already, merged.
     */
    private List<OpenPledge> candidates(Money amount, List<OpenPledge> namedFitting) {
        List<OpenPledge> candidates = new ArrayList<>(namedFitting);
        candidates.sort(BY_REFERENCE);
        if (candidates.size() >= CANDIDATES) {
            return List.copyOf(candidates.subList(0, CANDIDATES));
        }
        Set<Long> skip = new HashSet<>();
        namedFitting.forEach(pledge -> skip.add(pledge.pledgeId()));
        List<List<OpenPledge>> lists = List.copyOf(
                byAmount.subMap(amount.amount(), true, amount.amount() + largestTolerance, true).values());
        int[] next = new int[lists.size()];
        while (candidates.size() < CANDIDATES) {
            int first = -1;
            for (int list = 0; list < lists.size(); list++) {
                if (next[list] < lists.get(list).size() && (first < 0 || BY_REFERENCE.compare(
                        lists.get(list).get(next[list]), lists.get(first).get(next[first])) < 0)) {
                    first = list;
                }
            }
            if (first < 0) {
                break;
            }
            OpenPledge pledge = lists.get(first).get(next[first]++);
            if (skip.add(pledge.pledgeId()) && fits(pledge, amount)) {
                candidates.add(pledge);
            }
        }
        return List.copyOf(candidates);
    }

    private boolean names(Set<String> senderWords, OpenPledge pledge) {
        Set<String> donor = donorWords.get(pledge.pledgeId());
        return donor == null ? names(senderWords, pledge.donorName())
                : !senderWords.isEmpty() && !donor.isEmpty() && senderWords.containsAll(donor);
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
        return Arrays.stream(NOT_A_WORD.split(SearchText.normalise(name)))
                .filter(word -> !word.isEmpty() && !NAME_NOISE.contains(word))
                .collect(Collectors.toSet());
    }

    /** Account numbers as banks print them, with spaces, dots or dashes: digits and letters only. */
    static String account(String account) {
        return NOT_IN_AN_ACCOUNT.matcher(account).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static OpenPledge asOpen(PaymentTarget target) {
        return new OpenPledge(target.pledgeId(), target.reference(), target.campaignId(), target.fundUnitId(),
                target.fundUnitPath(), target.donorId(), target.donorName(), null, List.of());
    }
}
