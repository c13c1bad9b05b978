package io.accountsuite.gateway.admin;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.TypeMismatchException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * An admin page's address whose id is not an id ({@code /admin/customers/xyz}, a form posted to
 * {@code /admin/invoices/nope/paid}) names nothing: the 404 page, as for an id no service knows, rather than a
 * problem+json "Type mismatch" in the browser. Any other unreadable input keeps the platform's 400 problem.
 */
@ControllerAdvice(basePackageClasses = MalformedAdminAddresses.class)
@RequiredArgsConstructor
class MalformedAdminAddresses {

    private final CatalogPages catalog;

    @ExceptionHandler(ServerWebInputException.class)
    String malformed(ServerWebInputException refusal, ServerWebExchange exchange, Model model) {
        if (!(refusal.getCause() instanceof TypeMismatchException)) {
            throw refusal;
        }
        return catalog.missing(exchange, model, "page");
    }
}
