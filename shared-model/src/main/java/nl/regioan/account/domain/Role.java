package nl.regioan.account.domain;

import java.util.Arrays;
import java.util.Optional;

/** What an account may do; the code is the role name used by Jakarta Security and the API. */
public enum Role {
    READER("reader"),
    CONTRIBUTOR("contributor"),
    EDITOR("editor"),
    DATA_STEWARD("data-steward"),
    STEERING("steering"),
    COORDINATOR("coordinator"),
    ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
