package nl.regioan.monitoring.value.domain;

import java.util.List;
import nl.regioan.monitoring.period.domain.Period;

/**
 * A port: told when a municipality submits its figures, inside the submitting transaction (the mail
 * feature in kb-app queues the coordinator's notice from it, so nothing is sent for a submit that
 * rolls back). The monitoring module declares it so that it never depends on kb-app; without an
 * implementation nobody is told.
 */
public interface SubmittedFormNotice {

    /**
     * @param municipalityId the municipality whose form was submitted (null for a regional form)
     * @param indicators the codes of the submitted figures
     * @param submittedBy the username of the person who submitted
     */
    void submitted(Long municipalityId, String areaCode, String areaName, Period period, List<String> indicators,
                   String submittedBy);
}
