package org.chungtay.projects;

import org.chungtay.shared.Programme;

/** What the staff list shows: any of these left null matches everything; {@code search} looks in both titles. */
public record ProjectFilter(Programme programme, ProjectStatus status, String search) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null);
}
