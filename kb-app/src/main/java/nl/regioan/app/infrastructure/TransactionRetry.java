package nl.regioan.app.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.Serializable;

/**
 * Every use case's transaction ({@code @Transactional}, REQUIRED) is run again as a whole when it loses a
 * conflict or its connection fails over ({@link TransactionRetries}). It sits outside the container's
 * transaction interceptor, so each attempt is a fresh transaction; a method called inside a running
 * transaction is left alone, the outermost one retries. Enabled for the whole application by its priority.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // the container's transaction interceptor is at +200
public class TransactionRetry implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final TransactionRetries RETRIES = TransactionRetries.forDatabase();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    transient TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionKey() != null) {
            return invocation.proceed(); // part of a larger transaction: the outermost one retries
        }
        String what = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        return RETRIES.run(what, invocation::proceed);
    }
}
