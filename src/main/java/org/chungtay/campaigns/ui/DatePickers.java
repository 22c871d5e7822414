package org.chungtay.campaigns.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers that speak the reader's language and show days as dd/MM/yyyy. */
final class DatePickers {

    private DatePickers() {
    }

    static DatePicker create(String id, String labelKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setLabel(picker.getTranslation(labelKey));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(list(picker, "campaigns.date-picker.months"))
                .setWeekdays(list(picker, "campaigns.date-picker.weekdays"))
                .setWeekdaysShort(list(picker, "campaigns.date-picker.weekdays-short"))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("campaigns.date-picker.today"))
                .setCancel(picker.getTranslation("campaigns.date-picker.cancel"))
                .setDateFormat(picker.getTranslation("campaigns.date-format"))
                .setBadInputErrorMessage(picker.getTranslation("campaigns.date-picker.bad-input")));
        return picker;
    }

    private static List<String> list(DatePicker picker, String key) {
        return Arrays.stream(picker.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
