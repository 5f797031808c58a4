package nl.regioan.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as Maven built it; tests never assemble their own. */
public final class RealWar {

    private RealWar() {
    }

    public static WebArchive load() {
        File war = new File(System.getProperty("kb.war", "target/kb-app.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
