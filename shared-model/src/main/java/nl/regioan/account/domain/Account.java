package nl.regioan.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regioan.access.domain.Role;
import nl.regioan.access.domain.RoleConverter;
import nl.regioan.region.domain.Municipality;

/** A person's account; it belongs to one municipality, or to the region when municipality is empty. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    private boolean enabled = true;

    @Column(name = "created_at")
    private Instant createdAt;

    /** "nl" or "en", or null when the person has not chosen (see {@link #chooseLanguage}). */
    @Column(name = "language")
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, Municipality municipality, Set<Role> roles, String passwordHash) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.municipality = municipality;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Instant.now();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void changePassword(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = mustChangeAtNextLogin;
    }

    /** The languages the platform speaks; the first is the default. */
    public static final List<String> LANGUAGES = List.of("nl", "en");

    /** Remembers the person's language for pages and server texts; only a language the platform speaks. */
    public void chooseLanguage(String code) {
        if (!LANGUAGES.contains(code)) {
            throw new IllegalArgumentException("unknown language " + code);
        }
        this.language = code;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** Empty for regional staff. */
    public Optional<Municipality> municipality() {
        return Optional.ofNullable(municipality);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public long version() {
        return version;
    }
}
