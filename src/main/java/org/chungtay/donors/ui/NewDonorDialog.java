package org.chungtay.donors.ui;

import java.util.List;
import java.util.function.Consumer;

import org.chungtay.donors.DonorRef;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorType;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.ui.FormDialog;
import org.chungtay.shared.ui.Notices;
import org.springframework.modulith.NamedInterface;

/**
 * Registers a donor of the caller's subtree with every check of the donor register (tax code taken,
 * email taken, consent asked), wherever a donor is wanted on the spot: the donor list, or an accountant
 * recording money from somebody new. Open to other modules' views as the named interface "new-donor".
 */
@NamedInterface("new-donor")
public class NewDonorDialog extends FormDialog<DonorForm.Submitted> {

    public NewDonorDialog(DonorType type, List<FundUnitRef> units, long defaultUnitId, DonorService donors,
            Consumer<DonorRef> created) {
        this(type, DonorForm.forNew(type, units, defaultUnitId), donors, created);
    }

    private NewDonorDialog(DonorType type, DonorForm form, DonorService donors, Consumer<DonorRef> created) {
        super("donor", form.getTranslation(type == DonorType.ORGANISATION ? "donors.new-organisation"
                : "donors.new-individual"), form, form::submit, form::showProblem, submitted -> {
                    DonorRef donor = donors.create(submitted.fundUnitId(), submitted.details(), submitted.optIns());
                    Notices.success("donors.saved");
                    created.accept(donor);
                });
        addClassName("donor-dialog");
        setWidth("48rem");
        setMaxWidth("100%");
    }
}
