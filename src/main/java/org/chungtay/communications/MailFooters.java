package org.chungtay.communications;

import java.util.Optional;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitSettings;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.shared.SystemActor;
import org.springframework.stereotype.Component;

/**
 * Who signs a message: the fund's name and address as its unit prints them on receipts (the unit's
 * receipt and bank settings), taken from the nearest unit up the tree that has settings; the root unit's
 * when the message belongs to no unit. A unit without settings anywhere above it signs with its name alone.
 */
@Component
class MailFooters {

    private final FundUnitService units;
    private final FundUnitSettingsService settings;

    MailFooters(FundUnitService units, FundUnitSettingsService settings) {
        this.units = units;
        this.settings = settings;
    }

    /**
     * Read as the system: messages are rendered inside their cause's transaction, for a visitor, a staff
     * member of another subtree or a job alike, and a fund's name and address are public.
     */
    Footer of(Long fundUnitId) {
        return SystemActor.call(() -> {
            Optional<FundUnitRef> unit = fundUnitId == null ? units.findRoot() : units.findPublic(fundUnitId);
            for (Optional<FundUnitRef> at = unit; at.isPresent(); at = parentOf(at.get())) {
                Optional<FundUnitSettings> found = settings.settingsForIssuing(at.get().id());
                if (found.isPresent()) {
                    return new Footer(found.get().receiptName(), found.get().address());
                }
            }
            return new Footer(unit.map(FundUnitRef::name).orElse(""), "");
        });
    }

    private Optional<FundUnitRef> parentOf(FundUnitRef unit) {
        return unit.parentId() == null ? Optional.empty() : units.findPublic(unit.parentId());
    }

    /** The fund's name and address as the layout's footer shows them; the address may be empty. */
    record Footer(String name, String address) {
    }
}
