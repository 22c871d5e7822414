package org.chungtay.funds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each fund unit's receipt and bank settings. Fund managers (and administrators) set them for the units
 * of their subtree; everyone signed in reads them within their subtree, accountants because they issue
 * receipts. Other modules' work without a person (receipts issued by listeners) reads them through
 * {@link #settingsForIssuing(long)}.
 */
@Service
@Transactional
public class FundUnitSettingsService {

    static final String EDITORS = "hasAnyRole('ADMIN','FUND_MANAGER')";
    private static final String AUDIT_SUBJECT = "fund_unit_settings";
    private static final String CODE_CONSTRAINT = "uq_fund_unit_settings_code";

    private final UnitSettingsRepository settings;
    private final FundUnitRepository units;
    private final AuditTrail audit;

    FundUnitSettingsService(UnitSettingsRepository settings, FundUnitRepository units, AuditTrail audit) {
        this.settings = settings;
        this.units = units;
        this.audit = audit;
    }

    /** The unit's settings; empty when it has none yet, or when it is not in the caller's subtree. */
    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public Optional<FundUnitSettings> settings(long fundUnitId) {
        return units.findById(fundUnitId)
                .filter(unit -> FundScope.contains(unit.path()))
                .flatMap(unit -> settings.findById(unit.id()).map(row -> row.of(unit)));
    }

    /** The settings of the units of the caller's subtree that have them; a unit missing here is not set up. */
    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<FundUnitSettings> subtreeSettings() {
        String subtree = FundScope.subtreePath();
        Map<Long, FundUnit> unitsById = units.findByPathStartingWithOrderByDepthAscNameAsc(subtree).stream()
                .collect(Collectors.toMap(FundUnit::id, Function.identity()));
        return settings.findInSubtree(subtree).stream()
                .filter(row -> unitsById.containsKey(row.fundUnitId()))
                .map(row -> row.of(unitsById.get(row.fundUnitId())))
                .toList();
    }

    /**
     * The unit's settings for work that no person does and that has no one in the security context: a
     * listener of another module issuing the receipt of a payment just recorded, or matching a bank
     * statement line. Not scoped, on purpose: the caller took the unit from a record of its own (the
     * payment) that was scoped when it was made, and what it reads here is what every receipt of the unit
     * prints anyway. Views never call this; they call {@link #settings(long)}.
     *
     * @return empty when the unit has no settings yet (then no receipt can be issued) or does not exist
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FundUnitSettings> settingsForIssuing(long fundUnitId) {
        return units.findById(fundUnitId).flatMap(unit -> settings.findById(unit.id()).map(row -> row.of(unit)));
    }

    /**
     * The settings a unit works with where it has none of its own: its own, or else those of the nearest unit
     * above it that has settings (one query over the unit's path). What the fund's messages are signed with and
     * when its thank-yous go follow this; receipts do not (a unit issues receipts only with settings of its own,
     * since their numbers carry its code). Unscoped and open, like {@link #settingsForIssuing(long)}, for work
     * that no person does.
     *
     * @return empty when neither the unit nor any unit above it has settings, or the unit does not exist
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FundUnitSettings> nearestSettings(long fundUnitId) {
        return units.findById(fundUnitId).flatMap(unit -> settings.findNearest(unit.path()).stream().findFirst()
                .map(row -> row.of(units.findById(row.fundUnitId()).orElseThrow())));
    }

    /**
     * The unit whose receipts carry this code (in any case), whoever asks: the public ledger and the annual
     * disclosure are reached by a unit's code, which every receipt prints, never by its sequential id. Gives
     * the unit's public name and place in the tree, nothing it holds.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FundUnitRef> findPublicByCode(String code) {
        String upper = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (!FundUnitSettingsEntry.CODE.matcher(upper).matches()) {
            return Optional.empty();
        }
        return settings.findByCode(upper).flatMap(row -> units.findById(row.fundUnitId()))
                .map(FundUnitRef::of);
    }

    /**
     * When the thank-yous of a unit's payments go: as its {@link #nearestSettings(long)} say, or
     * {@link ThankYouTiming#DEFAULT} when no unit up the tree has settings.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ThankYouTiming thankYouTiming(long fundUnitId) {
        return nearestSettings(fundUnitId).map(FundUnitSettings::thankYou).orElse(ThankYouTiming.DEFAULT);
    }

    /**
     * Above how many đồng a disbursement of the unit waits for a second person's approval: as its
     * {@link #nearestSettings(long)} say, or {@link FundUnitSettingsEntry#DEFAULT_APPROVAL_THRESHOLD} when no
     * unit up the tree has settings. Open like them: the ledger asks while it checks a disbursement it scoped.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Money approvalThreshold(long fundUnitId) {
        return nearestSettings(fundUnitId).map(FundUnitSettings::approvalThreshold)
                .orElse(FundUnitSettingsEntry.DEFAULT_APPROVAL_THRESHOLD);
    }

    /**
     * Sets a unit's settings, the first time or again. Every limit the form shows is checked here too, and
     * all problems of the entry are reported at once ({@link FundUnitSettingsRefused}); the change is audited.
     *
     * @throws FundUnitSettingsRefused     for values out of their limits, or a code another unit uses
     * @throws UserFacingException         {@code funds.settings.error.conflict} when someone else saved the
     *                                     unit's settings since {@code entry.version()} was read
     * @throws org.springframework.security.access.AccessDeniedException for a unit outside the caller's subtree
     */
    @PreAuthorize(EDITORS)
    public FundUnitSettings saveSettings(long fundUnitId, FundUnitSettingsEntry entry) {
        FundUnit unit = units.findById(fundUnitId).orElseThrow(() -> new UserFacingException("funds.error.not-found"));
        FundScope.check(unit.path());
        Checked checked = checked(unit, entry);
        Optional<UnitSettings> existing = settings.findById(unit.id());
        Long readVersion = entry.version();
        if (existing.isPresent() ? readVersion == null || readVersion != existing.get().version() : readVersion != null) {
            throw conflict();
        }
        String before = existing.map(UnitSettings::toString).orElse(null);
        UnitSettings row = existing.orElseGet(() -> new UnitSettings(unit.id()));
        row.change(checked.code(), checked.receiptName(), checked.address(), checked.taxCode(),
                checked.signatoryName(), checked.signatoryTitle(), checked.paper(), entry.receiptsOnRecording(),
                checked.feeTolerance(), checked.thankYou(), checked.approvalThreshold(), FundScope.actorName(),
                Instant.now());
        try {
            settings.saveAndFlush(row);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw conflict();
        } catch (DataIntegrityViolationException takenMeanwhile) {
            // Another person saved the same code, or this unit's first settings, between our check and our write.
            if (String.valueOf(takenMeanwhile.getMessage()).toLowerCase(Locale.ROOT).contains(CODE_CONSTRAINT)) {
                throw new FundUnitSettingsRefused(List.of(codeTaken(checked.code())));
            }
            throw conflict();
        }
        audit.record(AUDIT_SUBJECT, unit.id(), existing.isPresent() ? "changed" : "set", before, row.toString());
        return row.of(unit);
    }

    // ---------------------------------------------------------------- inside

    /** Every limit the form shows, again, for a crafted client; all problems at once. */
    private Checked checked(FundUnit unit, FundUnitSettingsEntry entry) {
        List<UserFacingException> problems = new ArrayList<>();
        String code = FundUnitSettingsEntry.normalisedCode(entry.code());
        if (!FundUnitSettingsEntry.isValidCode(entry.code())) {
            problems.add(new UserFacingException("funds.settings.error.code", FundUnitSettingsEntry.CODE_MIN_LENGTH,
                    FundUnitSettingsEntry.CODE_MAX_LENGTH));
        } else if (settings.existsByCodeAndFundUnitIdNot(code, unit.id())) {
            problems.add(codeTaken(code));
        }
        String receiptName = text(entry.receiptName());
        if (receiptName.isEmpty()) {
            receiptName = unit.name();
        }
        check(problems, receiptName, FundUnitSettingsEntry.RECEIPT_NAME_LIMIT, "funds.settings.error.receipt-name");
        String address = text(entry.address());
        check(problems, address, FundUnitSettingsEntry.ADDRESS_LIMIT, "funds.settings.error.address");
        TaxCode taxCode = null;
        String typedTaxCode = text(entry.taxCode());
        if (!typedTaxCode.isEmpty()) {
            if (typedTaxCode.length() <= FundUnitSettingsEntry.TAX_CODE_TYPED_LIMIT && TaxCode.isValid(typedTaxCode)) {
                taxCode = TaxCode.parse(typedTaxCode);
            } else {
                problems.add(new UserFacingException(TaxCode.INVALID_MESSAGE_KEY, typedTaxCode));
            }
        }
        String signatoryName = text(entry.signatoryName());
        check(problems, signatoryName, FundUnitSettingsEntry.SIGNATORY_NAME_LIMIT,
                "funds.settings.error.signatory-name");
        String signatoryTitle = text(entry.signatoryTitle());
        check(problems, signatoryTitle, FundUnitSettingsEntry.SIGNATORY_TITLE_LIMIT,
                "funds.settings.error.signatory-title");
        Money feeTolerance = entry.feeTolerance() == null ? FundUnitSettingsEntry.DEFAULT_FEE_TOLERANCE
                : entry.feeTolerance();
        if (feeTolerance.amount() < 0 || feeTolerance.isGreaterThan(FundUnitSettingsEntry.FEE_TOLERANCE_MAX)) {
            problems.add(new UserFacingException("funds.settings.error.fee-tolerance",
                    FundUnitSettingsEntry.FEE_TOLERANCE_MAX.amount()));
        }
        ThankYouTiming thankYou = entry.thankYou() == null ? ThankYouTiming.DEFAULT : entry.thankYou();
        if (thankYou.delayMinutes() < ThankYouTiming.DELAY_MIN || thankYou.delayMinutes() > ThankYouTiming.DELAY_MAX) {
            problems.add(new UserFacingException("funds.settings.error.thank-you-delay", ThankYouTiming.DELAY_MIN,
                    ThankYouTiming.DELAY_MAX));
        }
        if (thankYou.quietHours() != null && thankYou.quietHours().start().equals(thankYou.quietHours().end())) {
            problems.add(new UserFacingException("funds.settings.error.quiet-hours"));
        }
        Money approvalThreshold = entry.approvalThreshold() == null
                ? FundUnitSettingsEntry.DEFAULT_APPROVAL_THRESHOLD : entry.approvalThreshold();
        if (approvalThreshold.amount() < 0
                || approvalThreshold.isGreaterThan(FundUnitSettingsEntry.APPROVAL_THRESHOLD_MAX)) {
            problems.add(new UserFacingException("funds.settings.error.approval-threshold",
                    FundUnitSettingsEntry.APPROVAL_THRESHOLD_MAX.amount()));
        }
        if (!problems.isEmpty()) {
            throw new FundUnitSettingsRefused(problems);
        }
        ReceiptPaper paper = entry.paper() == null ? FundUnitSettingsEntry.DEFAULT_PAPER : entry.paper();
        return new Checked(code, receiptName, address, taxCode, signatoryName, signatoryTitle, paper, feeTolerance,
                thankYou, approvalThreshold);
    }

    /** Required, at most the limit, and plain text: one message per field says all three. */
    private static void check(List<UserFacingException> problems, String value, int limit, String messageKey) {
        if (value.isEmpty() || value.length() > limit || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new UserFacingException(messageKey, limit));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static UserFacingException codeTaken(String code) {
        return new UserFacingException("funds.settings.error.code-taken", code);
    }

    private static UserFacingException conflict() {
        return new UserFacingException("funds.settings.error.conflict");
    }

    private record Checked(String code, String receiptName, String address, TaxCode taxCode, String signatoryName,
            String signatoryTitle, ReceiptPaper paper, Money feeTolerance, ThankYouTiming thankYou,
            Money approvalThreshold) {
    }
}
