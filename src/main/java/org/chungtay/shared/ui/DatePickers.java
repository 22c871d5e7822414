package org.chungtay.shared.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers that speak the reader's language and show days as dd/MM/yyyy. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String id, String labelKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setLabel(picker.getTranslation(labelKey));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(list(picker, "date-picker.months"))
                .setWeekdays(list(picker, "date-picker.weekdays"))
                .setWeekdaysShort(list(picker, "date-picker.weekdays-short"))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("date-picker.today"))
                .setCancel(picker.getTranslation("date-picker.cancel"))
                .setDateFormat(picker.getTranslation("format.date"))
                .setBadInputErrorMessage(picker.getTranslation("date-picker.bad-input")));
        return picker;
    }

    private static List<String> list(DatePicker picker, String key) {
        return Arrays.stream(picker.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
