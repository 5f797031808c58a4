package nl.regioan.access.domain;

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
    /** The region's expertise team: answers questions of municipalities and keeps the questions' inbox. */
    EXPERT("expert"),
    ADMIN("admin");

    private final String code;

    /** The codes as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String READER = "reader";
        public static final String CONTRIBUTOR = "contributor";
        public static final String EDITOR = "editor";
        public static final String DATA_STEWARD = "data-steward";
        public static final String STEERING = "steering";
        public static final String COORDINATOR = "coordinator";
        public static final String EXPERT = "expert";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

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
