package nl.regioan.testsupport;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Creates accounts for tests straight in the test database (the admin API has its own tests).
 * Hashes use the application's PBKDF2 format with few iterations, so logins stay fast.
 * Creating the same username twice is a no-op, as deployments share one database per run.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Test-wachtwoord-123";

    private TestAccounts() {
    }

    /** Creates {@code username} in the municipality with CBS code {@code cbsCode} (null: regional staff). */
    public static String create(String username, String cbsCode, String... roles) {
        try (Connection db = connect()) {
            try (PreparedStatement exists = db.prepareStatement("SELECT id FROM account WHERE username = ?")) {
                exists.setString(1, username);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        return username;
                    }
                }
            }
            long accountId;
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO account (username, display_name, municipality_id, password_hash)
                    VALUES (?, ?, (SELECT id FROM municipality WHERE cbs_code = ?), ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, username);
                insert.setString(2, "Test " + username);
                insert.setString(3, cbsCode);
                insert.setString(4, hash(PASSWORD));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    accountId = keys.getLong(1);
                }
            }
            try (PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
                for (String code : roles) {
                    role.setLong(1, accountId);
                    role.setString(2, code);
                    role.executeUpdate();
                }
            }
            return username;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test account " + username + ": " + e.getMessage(), e);
        }
    }

    /** A direct connection to the test database, for fixtures and for checking what was stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("kb.test.db.url"),
                System.getProperty("kb.test.db.user"), System.getProperty("kb.test.db.password"));
    }

    static String hash(String password) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            int iterations = 1000;
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
