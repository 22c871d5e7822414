package org.chungtay.payments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.payments.statements.StatementColumn;
import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement layouts a fund saves when none of the built-in presets reads its bank's export. A layout
 * saved for a unit serves that unit and every unit below it: a province's layout serves its communes.
 * Detection tries them after the built-in presets. A saved layout names exactly one header per column,
 * as the mapping screen chooses them; it is never changed, only deleted and saved again.
 */
@Service
@Transactional
public class StatementPresetService {

    /** The longest name of a saved layout. */
    public static final int NAME_LIMIT = 100;
    /** The longest stored form ({@link StatementLayout#toText()}) of a saved layout. */
    static final int TEXT_LIMIT = 4000;

    private static final Logger LOG = LoggerFactory.getLogger(StatementPresetService.class);
    private static final String AUDIT_SUBJECT = "statement-preset";

    private final FundUnitService fundUnits;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    StatementPresetService(FundUnitService fundUnits, JdbcClient jdbc, AuditTrail audit) {
        this.fundUnits = fundUnits;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * The layouts a unit's statements may be read with: the built-in presets first, then those saved for
     * the unit and for the units above it, the nearest unit's first and each unit's by name.
     */
    @PreAuthorize(PaymentService.KEEPERS)
    @Transactional(readOnly = true)
    public List<StatementPreset> presets(long fundUnitId) {
        FundUnitRef unit = unitInScope(fundUnitId);
        List<StatementPreset> all = new ArrayList<>();
        StatementLayout.presets().forEach(layout -> all.add(StatementPreset.builtIn(layout)));
        List<String> paths = unitAndAncestors(unit.path());
        if (paths.isEmpty()) {
            return all;
        }
        Map<Long, String> unitNames = new HashMap<>();
        jdbc.sql("SELECT id, fund_unit_id, fund_unit_path, layout FROM statement_preset WHERE fund_unit_path IN (:paths)"
                        + " ORDER BY CHAR_LENGTH(fund_unit_path) DESC, name, id")
                .param("paths", paths)
                .query(row -> {
                    long id = row.getLong("id");
                    long unitId = row.getLong("fund_unit_id");
                    String path = row.getString("fund_unit_path");
                    StatementLayout layout;
                    try {
                        layout = StatementLayout.fromText(row.getString("layout"));
                    } catch (IllegalArgumentException unreadable) {
                        LOG.warn("Statement preset {} cannot be read and is left out", id, unreadable);
                        return;
                    }
                    String unitName = unitNames.computeIfAbsent(unitId,
                            key -> fundUnits.findPublic(key).map(FundUnitRef::name).orElse(""));
                    all.add(new StatementPreset(id, unitId, unitName, layout, FundScope.contains(path)));
                });
        return all;
    }

    /**
     * Saves a fund's layout for the unit, under the layout's name, unique among the unit's layouts and the
     * built-in presets. Checks again what the mapping screen checks: a name of at most {@value #NAME_LIMIT}
     * characters; one header per column, each of at most {@value StatementLayout#HEADER_LIMIT} characters,
     * no header for two columns; money in as a credit column (with an optional debit column) or as one
     * signed amount, not both. Date, note and money in are there: a {@link StatementLayout} has them.
     */
    @PreAuthorize(PaymentService.KEEPERS)
    public StatementPreset save(long fundUnitId, StatementLayout layout) {
        Objects.requireNonNull(layout, "layout");
        FundUnitRef unit = unitInScope(fundUnitId);
        String name = layout.name();
        if (name.length() > NAME_LIMIT) {
            throw new UserFacingException("statements.mapping.error.name", NAME_LIMIT);
        }
        checkColumns(layout);
        String text = layout.toText();
        if (text.length() > TEXT_LIMIT) {
            throw new UserFacingException("statements.mapping.error.too-long");
        }
        boolean builtInName = StatementLayout.presets().stream()
                .anyMatch(preset -> preset.name().equalsIgnoreCase(name));
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM statement_preset WHERE fund_unit_id = :unit AND name = :name")
                .param("unit", unit.id()).param("name", name).query(Long.class).single() > 0;
        if (builtInName || taken) {
            throw new UserFacingException("statements.mapping.error.name-taken", name);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO statement_preset (fund_unit_id, fund_unit_path, name, layout, created_by, created_at)"
                            + " VALUES (:unit, :path, :name, :layout, :by, :at)")
                    .param("unit", unit.id()).param("path", unit.path()).param("name", name).param("layout", text)
                    .param("by", FundScope.actorName()).param("at", Timestamp.from(Instant.now()))
                    .update(key, "id");
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new UserFacingException("statements.mapping.error.name-taken", name);
        }
        long id = key.getKey().longValue();
        audit.record(AUDIT_SUBJECT, id, "saved", "", unit.path() + " " + text);
        return new StatementPreset(id, unit.id(), unit.name(), layout, true);
    }

    /** Deletes a fund's own layout of the caller's subtree; statements it read stay as they were imported. */
    @PreAuthorize(PaymentService.KEEPERS)
    public void delete(long presetId) {
        Stored preset = jdbc.sql("SELECT fund_unit_path, layout FROM statement_preset WHERE id = :id FOR UPDATE")
                .param("id", presetId)
                .query((row, number) -> new Stored(row.getString("fund_unit_path"), row.getString("layout")))
                .optional()
                .filter(found -> FundScope.contains(found.path()))
                .orElseThrow(() -> new UserFacingException("statements.mapping.error.preset-gone"));
        jdbc.sql("DELETE FROM statement_preset WHERE id = :id").param("id", presetId).update();
        audit.record(AUDIT_SUBJECT, presetId, "deleted", preset.path() + " " + preset.layout(), "");
    }

    private record Stored(String path, String layout) {
    }

    private static void checkColumns(StatementLayout layout) {
        Set<String> headers = new HashSet<>();
        for (StatementColumn column : StatementColumn.values()) {
            List<String> names = layout.names(column);
            if (names.size() > 1) {
                throw new UserFacingException("statements.mapping.error.one-header");
            }
            for (String header : names) {
                if (header.length() > StatementLayout.HEADER_LIMIT) {
                    throw new UserFacingException("statements.mapping.error.header-too-long", StatementLayout.HEADER_LIMIT);
                }
                if (!headers.add(header.toLowerCase(Locale.ROOT))) {
                    throw new UserFacingException("statements.mapping.error.same-header", header);
                }
            }
        }
        boolean credit = !layout.credit().isEmpty();
        if (credit == !layout.amount().isEmpty() || !credit && !layout.debit().isEmpty()) {
            throw new UserFacingException("statements.mapping.error.money-in");
        }
    }

    /** "/1/5/23/" is under "/1/5/" and "/1/". */
    static List<String> unitAndAncestors(String path) {
        List<String> paths = new ArrayList<>();
        for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
            paths.add(path.substring(0, slash + 1));
        }
        return paths;
    }

    private FundUnitRef unitInScope(long fundUnitId) {
        FundUnitRef unit = fundUnits.findPublic(fundUnitId)
                .orElseThrow(() -> new UserFacingException("statements.error.unit"));
        if (!FundScope.contains(unit.path())) {
            throw new UserFacingException("statements.error.unit");
        }
        return unit;
    }
}
