package org.chungtay.shared.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import org.chungtay.shared.UserFacingException;

/**
 * Which field of a form shows which refusal of the service: a crafted or stale value the browser let through
 * comes back from the server as a {@link UserFacingException}, and the form marks the field it belongs to.
 */
public final class FieldProblems {

    private final Map<String, HasValidation> fields = new HashMap<>();

    /** This field shows the refusals with these message keys. */
    public void on(HasValidation field, String... messageKeys) {
        for (String key : messageKeys) {
            fields.put(key, field);
        }
    }

    /** Marks the field of the refusal with its message in the form's language; false when no field owns it. */
    public boolean show(Component form, UserFacingException problem) {
        return show(form, problem, problem.messageKey());
    }

    /** As {@link #show(Component, UserFacingException)}, for a refusal whose field is known by another key. */
    public boolean show(Component form, UserFacingException problem, String fieldKey) {
        HasValidation field = fields.get(fieldKey);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(form.getTranslation(problem.messageKey(), problem.arguments()));
        field.setInvalid(true);
        return true;
    }
}
