package nl.regioan.housing.domain;

import java.util.List;
import nl.regioan.shared.api.Message;

/**
 * One norm's answer with what it is based on: for NOT_MET the failing figures (e.g. "kamer 3: 8,0 m2
 * voor 2 personen = 4,0 m2 per persoon, norm 5,5"), for UNKNOWN what is missing.
 */
public record NormResult(Norm norm, NormOutcome outcome, List<Message> findings) {

    public NormResult {
        findings = List.copyOf(findings);
    }

    static NormResult met(Norm norm) {
        return new NormResult(norm, NormOutcome.MET, List.of());
    }

    static NormResult notMet(Norm norm, List<Message> findings) {
        return new NormResult(norm, NormOutcome.NOT_MET, findings);
    }

    static NormResult notMet(Norm norm, Message finding) {
        return notMet(norm, List.of(finding));
    }

    static NormResult unknown(Norm norm, Message missing) {
        return new NormResult(norm, NormOutcome.UNKNOWN, List.of(missing));
    }
}
