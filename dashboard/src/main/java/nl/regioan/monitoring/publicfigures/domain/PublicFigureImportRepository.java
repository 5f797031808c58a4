package nl.regioan.monitoring.publicfigures.domain;

import java.util.List;

/** Stores the imports of CBS files. */
public interface PublicFigureImportRepository {

    /** Assigns the id (needed by the sources of the figures it stores). */
    void add(PublicFigureImport figureImport);

    /** The latest first, at most {@code limit}. */
    List<PublicFigureImport> latest(int limit);
}
