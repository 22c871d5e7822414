package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.chungtay.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The matcher finds pledges through its indexes; these tests hold it to the rules read plainly: every
 * open pledge looked at for every line, as the matcher did before it had indexes.
 */
class StatementMatcherTest {

    private static final Map<Long, Long> TOLERANCES = Map.of(1L, 0L, 2L, 11_000L, 3L, 22_000L);
    private static final String[] NAMES = {"Nguyễn Văn Bình", "Nguyễn Văn", "Trần Thị Mai", "Trần Thị Thu Mai",
        "Lê Văn Tám", "Công ty TNHH Cà phê Thắng Lợi", "Công ty TNHH", "Phạm Thị Sương", "Đỗ Minh Đức", "Bình"};
    private static final String[] SENDERS = {"NGUYEN VAN BINH", "CONG TY TNHH CA PHE THANG LOI", "TRAN THI THU MAI",
        "LE VAN TAM", "PHAM THI SUONG", "NGUOI LA", "DO MINH DUC VA NGUYEN VAN BINH", "", "  ", null,
        "A B C D E F G H I K L M N O P Q NGUYEN VAN BINH"};
    private static final long[] AMOUNTS = {100_000, 200_000, 300_000, 500_000, 1_000_000};

    @Test
    void proposesWhatThePlainRulesProposeForEveryKindOfLine() {
        Random random = new Random(11);
        List<OpenPledge> open = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long unit = 1 + random.nextInt(3);
            long instalment = AMOUNTS[random.nextInt(AMOUNTS.length)];
            List<Money> settling = new ArrayList<>();
            int instalments = random.nextInt(4) == 0 ? 4 : 1;
            long paid = random.nextInt(5) == 0 ? 50_000 : 0;
            for (int seq = 1; seq <= instalments; seq++) {
                settling.add(Money.vnd(seq * instalment - paid));
            }
            open.add(new OpenPledge(i + 1, String.format("CT26-%06d", (i * 7919) % 1_000_000), 9, unit, "/1/" + unit + "/",
                    random.nextInt(3) == 0 ? null : (long) random.nextInt(200), random.nextInt(20) == 0 ? null
                    : NAMES[random.nextInt(NAMES.length)], null, settling));
        }
        Map<String, Long> accounts = Map.of("0071000000001", 5L, "0071000000002", 17L);
        StatementMatcher matcher = new StatementMatcher(open, accounts, StatementMatcherTest::referenceIn,
                unit -> Money.vnd(TOLERANCES.getOrDefault(unit, 0L)), Money.vnd(22_000), reference -> Optional.empty());
        PlainRules plain = new PlainRules(open, accounts);
        Set<String> reasons = new java.util.TreeSet<>();

        for (int line = 0; line < 1_000; line++) {
            long base = AMOUNTS[random.nextInt(AMOUNTS.length)] * (1 + random.nextInt(4));
            Money amount = Money.vnd(Math.max(1_000, base - List.of(0L, 0L, 1_100L, 11_000L, 22_000L, 30_000L, 50_000L)
                    .get(random.nextInt(7))));
            String note = random.nextInt(10) == 0 ? "ung ho " + open.get(random.nextInt(open.size())).reference()
                    : random.nextInt(20) == 0 ? "ung ho CT26-999999" : "ung ho";
            String sender = SENDERS[random.nextInt(SENDERS.length)];
            String account = random.nextInt(5) == 0 ? "0071 0000 0000" + (1 + random.nextInt(3)) : null;

            MatchProposal proposal = matcher.propose(amount, note, sender, account);
            assertThat(proposal).as("%s %s %s %s", amount, note, sender, account)
                    .isEqualTo(plain.propose(amount, note, sender, account));
            reasons.add(proposal.reasonKey().replace("statements.reason.", "")
                    + (proposal.candidates().size() == StatementMatcher.CANDIDATES ? " (full)" : ""));
        }
        assertThat(reasons).contains("reference", "reference-elsewhere", "account", "account-fee", "name", "name-fee",
                "candidates", "candidates (full)", "nothing");
    }

    private static Optional<String> referenceIn(String note) {
        int at = note.indexOf("CT26-");
        return at < 0 ? Optional.empty() : Optional.of(note.substring(at, at + 11));
    }

    /** The rules of {@link StatementMatcher}'s comment, with every pledge looked at for each line. */
    private record PlainRules(List<OpenPledge> open, Map<String, Long> accounts) {

        MatchProposal propose(Money amount, String note, String counterpartyName, String counterpartyAccount) {
            Optional<String> reference = referenceIn(note);
            if (reference.isPresent()) {
                Optional<OpenPledge> pledge = open.stream().filter(p -> p.reference().equals(reference.get())).findFirst();
                if (pledge.isPresent()) {
                    return new MatchProposal(MatchProposal.Confidence.CERTAIN, pledge.get(), "statements.reason.reference",
                            List.of(pledge.get().reference()), List.of());
                }
                return MatchProposal.none("statements.reason.reference-elsewhere", List.of(reference.get()),
                        candidates(amount, counterpartyName));
            }
            Long donor = counterpartyAccount == null ? null : accounts.get(StatementMatcher.account(counterpartyAccount));
            if (donor != null) {
                Optional<MatchProposal> byAccount = byAmountOf(open.stream()
                        .filter(p -> donor.equals(p.donorId())).toList(), amount, "statements.reason.account");
                if (byAccount.isPresent()) {
                    return byAccount.get();
                }
            }
            if (counterpartyName != null && !counterpartyName.isBlank()) {
                Set<String> sender = StatementMatcher.words(counterpartyName);
                Optional<MatchProposal> byName = byAmountOf(fitting(amount).stream()
                        .filter(p -> StatementMatcher.names(sender, p.donorName())).toList(), amount,
                        "statements.reason.name");
                if (byName.isPresent()) {
                    return byName.get();
                }
            }
            List<OpenPledge> candidates = candidates(amount, counterpartyName);
            return MatchProposal.none(candidates.isEmpty() ? "statements.reason.nothing"
                    : "statements.reason.candidates", List.of(), candidates);
        }

        private Optional<MatchProposal> byAmountOf(List<OpenPledge> pledges, Money amount, String reasonKey) {
            List<OpenPledge> exact = pledges.stream().filter(p -> settles(p, amount, false)).toList();
            if (exact.size() == 1) {
                return Optional.of(new MatchProposal(MatchProposal.Confidence.LIKELY, exact.getFirst(), reasonKey,
                        List.of(exact.getFirst().reference(), exact.getFirst().donorName()), List.of()));
            }
            List<OpenPledge> short_ = pledges.stream().filter(p -> settles(p, amount, true)).toList();
            if (exact.isEmpty() && short_.size() == 1) {
                OpenPledge pledge = short_.getFirst();
                long fee = pledge.settlingAmounts().stream().filter(due -> due.amount() >= amount.amount())
                        .map(due -> due.amount() - amount.amount()).findFirst().orElse(0L);
                return Optional.of(new MatchProposal(MatchProposal.Confidence.LIKELY, pledge, reasonKey + "-fee",
                        List.of(pledge.reference(), pledge.donorName(), fee), List.of()));
            }
            return Optional.empty();
        }

        private static boolean settles(OpenPledge pledge, Money amount, boolean allowingFee) {
            long tolerance = allowingFee ? TOLERANCES.getOrDefault(pledge.fundUnitId(), 0L) : 0;
            return pledge.settlingAmounts().stream()
                    .anyMatch(due -> amount.amount() <= due.amount() && due.amount() - amount.amount() <= tolerance);
        }

        private List<OpenPledge> fitting(Money amount) {
            return open.stream().filter(p -> settles(p, amount, true)).toList();
        }

        private List<OpenPledge> candidates(Money amount, String counterpartyName) {
            Set<String> sender = counterpartyName == null ? Set.of() : StatementMatcher.words(counterpartyName);
            return fitting(amount).stream()
                    .sorted(Comparator.comparing((OpenPledge p) -> !StatementMatcher.names(sender, p.donorName()))
                            .thenComparing(OpenPledge::reference))
                    .limit(StatementMatcher.CANDIDATES)
                    .toList();
        }
    }
}
