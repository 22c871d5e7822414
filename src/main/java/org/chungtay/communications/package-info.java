/**
 * Messages to donors and staff: a transactional outbox of rendered emails that a clustered job
 * sends with retries. Other modules enqueue inside their own transaction, so a message exists if
 * and only if the change that caused it was committed.
 */
package org.chungtay.communications;
