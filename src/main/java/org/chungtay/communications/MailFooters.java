package org.chungtay.communications;

import java.util.Optional;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.shared.SystemActor;
import org.springframework.stereotype.Component;

/**
 * Who signs a message: the fund's name and address as its unit prints them on receipts (the unit's
 * receipt and bank settings), taken from the nearest unit up the tree that has settings
 * ({@link FundUnitSettingsService#nearestSettings(long)}); the root unit's
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
            return unit.flatMap(at -> settings.nearestSettings(at.id()))
                    .map(found -> new Footer(found.receiptName(), found.address()))
                    .orElseGet(() -> new Footer(unit.map(FundUnitRef::name).orElse(""), ""));
        });
    }

    /** The fund's name and address as the layout's footer shows them; the address may be empty. */
    record Footer(String name, String address) {
    }
}
