package org.chungtay.children.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.chungtay.children.DeliveryMethod;
import org.chungtay.shared.Money;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.DatePickers;

/**
 * A month's delivery as commune staff record it: the day, the amount, how, and a scan or photo of the guardian's
 * signed receipt, which is required.
 */
class DeliveryForm extends Composite<FormLayout> {

    /** What the form hands over; the receipt as uploaded, which the view turns into a {@link ScannedDocument}. */
    record Entry(LocalDate deliveredOn, Money amount, DeliveryMethod method, String receiptName, byte[] receipt) {
    }

    final DatePicker deliveredOn = DatePickers.create("delivery-date", "children.delivery.date");
    final TextField amount = new TextField();
    final Select<DeliveryMethod> method = new Select<>();
    final AtomicReference<Uploads.File> receipt = new AtomicReference<>();
    final Span receiptProblem = new Span();

    private final Binder<Draft> binder = new Binder<>();

    DeliveryForm(Money amountPerMonth) {
        getContent().setId("delivery-form");
        deliveredOn.setId("delivery-date");
        deliveredOn.setLabel(getTranslation("children.delivery.date"));
        deliveredOn.setMax(VietnamTime.today());
        amount.setId("delivery-amount");
        amount.setLabel(getTranslation("children.delivery.amount"));
        method.setId("delivery-method");
        method.setLabel(getTranslation("children.delivery.method"));
        method.setItems(DeliveryMethod.values());
        method.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        receiptProblem.setId("delivery-receipt-problem");
        receiptProblem.addClassNames("badge", "badge-error");
        receiptProblem.setVisible(false);
        binder.forField(deliveredOn).asRequired(getTranslation("children.error.delivery-incomplete"))
                .withValidator(day -> !day.isAfter(VietnamTime.today()), getTranslation("children.error.date-in-future"))
                .bind(d -> d.deliveredOn, (d, v) -> d.deliveredOn = v);
        binder.forField(amount).asRequired(getTranslation("children.error.amount"))
                .withValidator(Fields::isPositiveMoney, getTranslation("children.error.amount"))
                .bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(method).asRequired(getTranslation("children.error.delivery-incomplete"))
                .bind(d -> d.method, (d, v) -> d.method = v);
        Draft draft = new Draft();
        draft.deliveredOn = VietnamTime.today();
        draft.amount = Long.toString(amountPerMonth.amount());
        draft.method = DeliveryMethod.CASH;
        binder.readBean(draft);
        getContent().add(deliveredOn, amount, method, Uploads.of(this, "delivery-receipt",
                ScannedDocument.MAX_PDF_BYTES, receipt, "children.error.receipt-rejected", "application/pdf",
                "image/png", "image/jpeg", "image/webp", ".pdf", ".png", ".jpg", ".jpeg", ".webp"), receiptProblem);
    }

    /** Checks every field and the receipt at once; hands over the entry when all are right. */
    void submit(Consumer<Entry> onValid) {
        Draft draft = new Draft();
        boolean fields = binder.writeBeanIfValid(draft);
        Uploads.File file = receipt.get();
        receiptProblem.setText(getTranslation("children.error.receipt-required"));
        receiptProblem.setVisible(file == null);
        if (fields && file != null) {
            onValid.accept(new Entry(draft.deliveredOn, Money.parse(draft.amount), draft.method, file.name(),
                    file.bytes()));
        }
    }

    boolean showProblem(UserFacingException problem) {
        if (problem.messageKey().startsWith("document.") || problem.messageKey().startsWith("picture.")) {
            receiptProblem.setText(getTranslation(problem.messageKey(), problem.arguments()));
            receiptProblem.setVisible(true);
            return true;
        }
        return false;
    }


    private static final class Draft {
        private LocalDate deliveredOn;
        private String amount = "";
        private DeliveryMethod method;
    }
}
