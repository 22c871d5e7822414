package org.chungtay.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

import org.chungtay.shared.StaticAssets;

/** The HTML page around every view: Lumo, the portal's own styles, and a phone-friendly viewport. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://app/styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", StaticAssets.ICON, "any");
        settings.addMetaTag("theme-color", "#c2410c");
    }
}
