package org.chungtay.projects;

/** Typed ways to the projects' pages, for other modules and for links. */
public final class ProjectsNavigation {

    public static final String STAFF_LIST = "staff/projects";
    public static final String PUBLIC_LIST = "projects";
    public static final String PHOTO_PATH = "project-photos";

    private ProjectsNavigation() {
    }

    public static String staffDetails(long projectId) {
        return STAFF_LIST + "/" + projectId;
    }

    /** The shareable public address of a project, relative to the portal's base address. */
    public static String publicPage(String slug) {
        return PUBLIC_LIST + "/" + slug;
    }

    /** A photo of a public update, by its random token. */
    public static String photo(String token) {
        return PHOTO_PATH + "/" + token;
    }
}
