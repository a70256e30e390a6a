package org.jiannuo.interfaces.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jiannuo.interfaces.i18n.LocaleSelection;

/**
 * The board's language, from its address alone ({@code ?lang=en}), and the links between its pages,
 * which carry the language on. Public keys go into the links as they are: they are URL-safe.
 */
@Named
@RequestScoped
public class BoardLocale {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return LocaleSelection.of(request);
    }

    public String getLang() {
        return LocaleSelection.ENGLISH.equals(getLocale()) ? "en" : "zh";
    }

    /** This page in the other language. */
    public String getSwitchUrl() {
        String query = request.getQueryString() == null ? "" : request.getQueryString()
                .replaceAll("(^|&)lang=[^&]*", "");
        String other = "en".equals(getLang()) ? "zh" : "en";
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query.replaceFirst("^&", "") + "&")
                + "lang=" + other;
    }

    public String tenant(String tenantKey) {
        return page("index", "t=" + tenantKey);
    }

    public String unit(String tenantKey, String unitKey) {
        return page("unit", "t=" + tenantKey + "&u=" + unitKey);
    }

    public String unitPage(String tenantKey, String unitKey, Object month, int page) {
        return unit(tenantKey, unitKey) + (month == null ? "" : "&month=" + month) + "&page=" + page;
    }

    public String person(String tenantKey, String personKey) {
        return page("person", "t=" + tenantKey + "&p=" + personKey);
    }

    public String commitment(String tenantKey, String commitmentKey) {
        return page("commitment", "t=" + tenantKey + "&c=" + commitmentKey);
    }

    public String grade(String tenantKey, String gradeKey) {
        return page("grade", "t=" + tenantKey + "&g=" + gradeKey);
    }

    public String result(String tenantKey, String resultKey) {
        return page("result", "t=" + tenantKey + "&r=" + resultKey);
    }

    /** A member's published year-end stars. */
    public String star(String tenantKey, String starKey) {
        return page("star", "t=" + tenantKey + "&s=" + starKey);
    }

    /** Where the objection form posts: the public API, which answers the form with a redirect back. */
    public String objectionAction(String tenantKey, String gradeKey) {
        return objectionPath(tenantKey, "grades", gradeKey);
    }

    /** Where the objection form of a year-end result posts. */
    public String resultObjectionAction(String tenantKey, String resultKey) {
        return objectionPath(tenantKey, "results", resultKey);
    }

    /** Where the objection form of a member's year-end stars posts. */
    public String starObjectionAction(String tenantKey, String starKey) {
        return objectionPath(tenantKey, "stars", starKey);
    }

    private String objectionPath(String tenantKey, String targets, String targetKey) {
        return request.getContextPath() + "/api/v1/public/board/" + tenantKey + "/" + targets + "/" + targetKey
                + "/objections";
    }

    private String page(String name, String query) {
        return request.getContextPath() + "/board/" + name + ".xhtml?" + query + ("en".equals(getLang()) ? "&lang=en" : "");
    }
}
