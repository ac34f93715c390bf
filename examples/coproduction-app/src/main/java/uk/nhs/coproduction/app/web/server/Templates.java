package uk.nhs.coproduction.app.web.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The web app's HTML templates: jte templates in {@code src/main/jte}, turned into Java classes at
 * build time, so nothing is compiled when the app starts. Every {@code ${…}} in a template is
 * escaped for where it stands (text or attribute); only {@code $unsafe{…}} is not, and the
 * templates use it only for SVG and JSON-LD that the library has already made safe.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Templates {

    /** The package of the classes made from the templates. */
    public static final String PACKAGE = "uk.nhs.coproduction.app.web.templates";

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates compiled into the app. */
    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(),
                PACKAGE));
    }

    /**
     * A template rendered with its one parameter.
     *
     * @param name the template's file under {@code src/main/jte}, such as {@code catalog/search.jte}
     * @param model the template's parameter
     */
    public String render(String name, Object model) {
        StringOutput output = new StringOutput(8192);
        engine.render(name, model, output);
        return output.toString();
    }
}
