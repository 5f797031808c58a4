package nl.regioan.dashboard.domain;

import java.util.List;
import java.util.Set;
import nl.regioan.access.domain.Actor;

/**
 * The port through which the dashboards read the knowledge base (the dashboard module cannot see
 * the knowledge-base classes; the application implements this on the knowledge-base tables).
 * Only published items are ever returned.
 */
public interface KnowledgeLinks {

    /** Kinds of items, as the knowledge base names them. */
    String DEVELOPMENT_UPDATE = "DEVELOPMENT_UPDATE";
    String BEST_PRACTICE = "BEST_PRACTICE";

    /**
     * One published item.
     *
     * @param link        the item's page, relative to the application's root (kb/item.html?id=...)
     * @param publishedOn ISO date
     */
    record KnowledgeLink(long id, String kind, String title, String summary, String link, String publishedOn) {
    }

    /**
     * The development updates of a municipality published in {@code year} that may appear in the annual
     * report (which every account of the region and the council reads), oldest first.
     */
    List<KnowledgeLink> developmentsForReport(String cbsCode, int year);

    /** The most recently published items of the given kinds of a municipality that {@code reader} may read, newest first. */
    List<KnowledgeLink> recent(String cbsCode, Set<String> kinds, Actor reader, int limit);
}
