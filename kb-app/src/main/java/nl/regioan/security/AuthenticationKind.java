package nl.regioan.security;

/** How the caller proved who they are; CSRF checks apply to sessions only. */
public enum AuthenticationKind {
    SESSION, TOKEN;

    static final String ATTRIBUTE = "kb.authentication-kind";
}
