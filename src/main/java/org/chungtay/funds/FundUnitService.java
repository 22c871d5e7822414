package org.chungtay.funds;

import java.util.List;
import java.util.Optional;

import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund tree and its level names. Everyone signed in reads their own subtree; only
 * administrators change it, and only below their own unit.
 */
@Service
@Transactional
public class FundUnitService {

    static final int NAME_LIMIT = 200;
    static final int LEVEL_NAME_LIMIT = 100;

    private final FundUnitRepository units;
    private final FundLevelRepository levels;
    private final AuditTrail audit;

    FundUnitService(FundUnitRepository units, FundLevelRepository levels, AuditTrail audit) {
        this.units = units;
        this.levels = levels;
        this.audit = audit;
    }

    /** The caller's unit and everything below it, parents before children. */
    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<FundUnitRef> subtree() {
        return units.findByPathStartingWithOrderByDepthAscNameAsc(FundScope.subtreePath()).stream()
                .map(FundUnitRef::of)
                .toList();
    }

    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public FundUnitRef get(long id) {
        return FundUnitRef.of(unitInScope(id));
    }

    /**
     * Any unit by id, whoever asks. Unit names are public (campaign pages and receipts carry them);
     * this serves sign-in (before there is anyone to scope by), pointers across subtrees ("registered
     * with another fund unit") and anonymous visitors acting on a unit's campaign, and gives no access
     * to anything the unit holds.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FundUnitRef> findPublic(long id) {
        return units.findById(id).map(FundUnitRef::of);
    }

    /**
     * The root of the tree, whoever asks: its name is public, and what belongs to the whole fund (such as
     * its mail templates) is scoped to it. Empty only before the first run made it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FundUnitRef> findRoot() {
        return units.findByParentIdIsNull().map(FundUnitRef::of);
    }

    /** The active units below a unit (not the unit itself), for anyone: e.g. communes a sponsor may prefer. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<FundUnitRef> activeUnitsBelow(long id) {
        return units.findById(id)
                .map(unit -> units.findByPathStartingWithOrderByDepthAscNameAsc(unit.path()).stream()
                        .filter(FundUnit::active)
                        .filter(below -> !below.id().equals(unit.id()))
                        .map(FundUnitRef::of)
                        .toList())
                .orElse(List.of());
    }

    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<FundLevel> levels() {
        return levels.findAllByOrderByDepthAsc();
    }

    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public boolean hasRoot() {
        return units.findByParentIdIsNull().isPresent();
    }

    /** The root of the tree, made once at first run by the system, which alone sees the whole tree. */
    @PreAuthorize("hasRole('ADMIN')")
    public FundUnitRef createRoot(String name) {
        if (!"/".equals(FundScope.subtreePath())) {
            throw new AccessDeniedException("Only the system creates the root fund unit");
        }
        if (hasRoot()) {
            throw new UserFacingException("funds.error.root-exists");
        }
        requireLevel(1);
        FundUnit root = units.save(new FundUnit(null, checkedName(name)));
        root.placeUnder(null);
        audit.record("fund_unit", root.id(), "created", null, root.toString());
        return FundUnitRef.of(root);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public FundUnitRef create(long parentId, String name) {
        FundUnit parent = unitInScope(parentId);
        if (!parent.active()) {
            throw new UserFacingException("funds.error.parent-inactive");
        }
        requireLevel(parent.depth() + 1);
        String checked = checkedName(name);
        if (units.existsByParentIdAndNameIgnoreCase(parent.id(), checked)) {
            throw new UserFacingException("funds.error.name-taken", checked);
        }
        FundUnit unit = units.save(new FundUnit(parent, checked));
        unit.placeUnder(parent);
        audit.record("fund_unit", unit.id(), "created", null, unit.toString());
        return FundUnitRef.of(unit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public FundUnitRef rename(long id, String name) {
        FundUnit unit = unitInScope(id);
        String checked = checkedName(name);
        if (!checked.equalsIgnoreCase(unit.name())
                && units.existsByParentIdAndNameIgnoreCase(unit.parentId(), checked)) {
            throw new UserFacingException("funds.error.name-taken", checked);
        }
        String before = unit.toString();
        unit.rename(checked);
        audit.record("fund_unit", unit.id(), "renamed", before, unit.toString());
        return FundUnitRef.of(unit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public FundUnitRef deactivate(long id) {
        FundUnit unit = unitInScope(id);
        if (unit.path().equals(FundScope.subtreePath())) {
            throw new UserFacingException("funds.error.own-unit");
        }
        if (units.existsByParentIdAndActiveTrue(unit.id())) {
            throw new UserFacingException("funds.error.has-active-children");
        }
        String before = unit.toString();
        unit.deactivate();
        audit.record("fund_unit", unit.id(), "deactivated", before, unit.toString());
        return FundUnitRef.of(unit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public FundUnitRef reactivate(long id) {
        FundUnit unit = unitInScope(id);
        if (unit.parentId() != null && !units.getReferenceById(unit.parentId()).active()) {
            throw new UserFacingException("funds.error.parent-inactive");
        }
        String before = unit.toString();
        unit.reactivate();
        audit.record("fund_unit", unit.id(), "reactivated", before, unit.toString());
        return FundUnitRef.of(unit);
    }

    /** Whether the caller may rename, add or remove levels: administrators of the whole tree. */
    @PreAuthorize(Role.ANY_STAFF)
    @Transactional(readOnly = true)
    public boolean canEditLevels() {
        try {
            requireWholeTree();
            return FundScope.requirePrincipal().role() == Role.ADMIN;
        } catch (AccessDeniedException notTheRoot) {
            return false;
        }
    }

    /** Names the levels of a new tree, root first; only while the tree has none. */
    @PreAuthorize("hasRole('ADMIN')")
    public void defineLevels(List<LevelNames> names) {
        if (levels.count() > 0) {
            throw new UserFacingException("funds.error.levels-defined");
        }
        if (names.isEmpty()) {
            throw new UserFacingException("funds.error.level-name-required");
        }
        for (int i = 0; i < names.size(); i++) {
            LevelNames checked = checkedLevelNames(names.get(i));
            levels.save(new FundLevel(i + 1, checked.vietnamese(), checked.english()));
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void renameLevel(int depth, LevelNames names) {
        requireWholeTree();
        LevelNames checked = checkedLevelNames(names);
        FundLevel level = levels.findById(depth).orElseThrow(() -> new UserFacingException("funds.error.no-level"));
        String before = level.nameVi() + " / " + level.nameEn();
        level.rename(checked.vietnamese(), checked.english());
        audit.record("fund_level", depth, "renamed", before, checked.vietnamese() + " / " + checked.english());
    }

    /** Adds a level below the deepest one, e.g. villages under communes. */
    @PreAuthorize("hasRole('ADMIN')")
    public FundLevel addLevel(LevelNames names) {
        requireWholeTree();
        LevelNames checked = checkedLevelNames(names);
        int depth = (int) levels.count() + 1;
        FundLevel level = levels.save(new FundLevel(depth, checked.vietnamese(), checked.english()));
        audit.record("fund_level", depth, "added", null, checked.vietnamese() + " / " + checked.english());
        return level;
    }

    /** Removes the deepest level while no unit uses it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void removeDeepestLevel() {
        requireWholeTree();
        int depth = (int) levels.count();
        if (depth <= 1) {
            throw new UserFacingException("funds.error.last-level");
        }
        if (units.existsByDepth(depth)) {
            throw new UserFacingException("funds.error.level-in-use");
        }
        levels.deleteById(depth);
        audit.record("fund_level", depth, "removed", null, null);
    }

    private FundUnit unitInScope(long id) {
        FundUnit unit = units.findById(id).orElseThrow(() -> new UserFacingException("funds.error.not-found"));
        FundScope.check(unit.path());
        return unit;
    }

    /** Level names belong to the whole tree, so only an administrator of the root changes them. */
    private void requireWholeTree() {
        String scope = FundScope.subtreePath();
        boolean root = "/".equals(scope) || units.findByParentIdIsNull().map(r -> r.path().equals(scope)).orElse(false);
        if (!root) {
            throw new AccessDeniedException("Level names belong to the administrators of the root unit");
        }
    }

    private void requireLevel(int depth) {
        if (!levels.existsById(depth)) {
            throw new UserFacingException("funds.error.no-level");
        }
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new UserFacingException("funds.error.name-required");
        }
        if (stripped.length() > NAME_LIMIT) {
            throw new UserFacingException("funds.error.name-too-long", NAME_LIMIT);
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("funds.error.name-invalid");
        }
        return stripped;
    }

    private static LevelNames checkedLevelNames(LevelNames names) {
        String vietnamese = names.vietnamese() == null ? "" : names.vietnamese().strip();
        String english = names.english() == null ? "" : names.english().strip();
        if (vietnamese.isEmpty() || english.isEmpty()) {
            throw new UserFacingException("funds.error.level-name-required");
        }
        if (vietnamese.length() > LEVEL_NAME_LIMIT || english.length() > LEVEL_NAME_LIMIT) {
            throw new UserFacingException("funds.error.name-too-long", LEVEL_NAME_LIMIT);
        }
        return new LevelNames(vietnamese, english);
    }

    /** What a level is called, in Vietnamese and in English. */
    public record LevelNames(String vietnamese, String english) {
    }
}
