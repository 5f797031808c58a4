package nl.regioan.account.domain;

/** The failed-login counts, one per username and client address. */
public interface LoginThrottleRepository {

    /**
     * The count of this name and address, created when there is none, and locked until the
     * transaction ends: attempts that arrive together (from one node or several) are counted one
     * after another, none lost.
     */
    LoginThrottle lockFor(String username, String clientAddress);

    void remove(LoginThrottle throttle);
}
