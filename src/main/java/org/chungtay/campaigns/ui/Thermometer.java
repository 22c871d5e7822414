package org.chungtay.campaigns.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.chungtay.campaigns.CampaignFigures.Figures;
import org.chungtay.campaigns.CampaignProgress;
import org.chungtay.shared.ui.Formats;

/**
 * Progress towards the goal as a plain HTML bar: what was received in full colour over what was
 * pledged in a lighter one, and the figures in words below it for those who do not see the bar. The
 * bar is a progressbar for assistive technology, its value what was received.
 */
class Thermometer extends Div {

    Thermometer(String id, CampaignProgress progress, Figures figures, Locale locale) {
        setId(id);
        addClassName("thermometer");

        Div track = new Div();
        track.addClassName("thermometer-track");
        track.getElement().setAttribute("role", "progressbar");
        track.getElement().setAttribute("aria-label", getTranslation("public.thermometer.label"));
        track.getElement().setAttribute("aria-valuemin", "0");
        track.getElement().setAttribute("aria-valuemax",
                progress.goal() == null ? "0" : Long.toString(progress.goal().amount()));
        track.getElement().setAttribute("aria-valuenow", Long.toString(figures.received().amount()));
        track.getElement().setAttribute("aria-valuetext", getTranslation("public.thermometer.value-text",
                String.valueOf(progress.receivedPercent()), String.valueOf(progress.pledgedPercent())));
        track.add(bar("thermometer-pledged", progress.pledgedPerMille()),
                bar("thermometer-received", progress.receivedPerMille()));

        Span received = figure("thermometer-figure-received", "public.thermometer.received",
                Formats.money(figures.received(), locale), progress.receivedPercent());
        received.setId(id + "-received");
        Span pledged = figure("thermometer-figure-pledged", "public.thermometer.pledged",
                Formats.money(figures.pledged(), locale), progress.pledgedPercent());
        pledged.setId(id + "-pledged");
        Span goal = new Span(getTranslation("public.thermometer.goal", Formats.money(progress.goal(), locale)));
        goal.addClassName("thermometer-figure-goal");
        goal.setId(id + "-goal");
        Div legend = new Div(received, pledged, goal);
        legend.addClassName("thermometer-legend");
        add(track, legend);
    }

    private static Div bar(String className, int perMille) {
        Div bar = new Div();
        bar.addClassName(className);
        bar.getElement().setAttribute("aria-hidden", "true");
        bar.getStyle().set("width", perMille / 10 + "." + perMille % 10 + "%");
        return bar;
    }

    private Span figure(String className, String key, String amount, int percent) {
        Span figure = new Span(getTranslation(key, amount, String.valueOf(percent)));
        figure.addClassName(className);
        return figure;
    }
}
