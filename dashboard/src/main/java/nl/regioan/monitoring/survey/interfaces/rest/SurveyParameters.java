package nl.regioan.monitoring.survey.interfaces.rest;

import nl.regioan.shared.interfaces.rest.IfMatch;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import nl.regioan.monitoring.period.domain.PeriodRange;

/** Reads the year of a survey path and the If-Match header; bad text is a 400 naming the field. */
final class SurveyParameters {

    static final String PROBLEM_JSON = "application/problem+json";

    private SurveyParameters() {
    }

    static int year(PeriodRange periodRange, String text) {
        return periodRange.year("year", text);
    }

    /** The version in If-Match ("3" or W/"3"); null when none was sent and none is needed. */
    static Long version(String ifMatch, boolean required, int year) {
        // Not a ternary: "required ? long : Long" unboxes the null of an absent optional header.
        if (required) {
            return IfMatch.required(ifMatch, "survey.ifMatch.required", year);
        }
        return IfMatch.optional(ifMatch).orElse(null);
    }

    static Response.ResponseBuilder tagged(Response.ResponseBuilder builder, long version, Object entity) {
        return builder.tag(new EntityTag(Long.toString(version))).entity(entity);
    }
}
