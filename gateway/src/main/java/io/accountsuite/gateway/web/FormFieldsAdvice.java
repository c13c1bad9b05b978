package io.accountsuite.gateway.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Hands the page's form fields ({@link FormField}) to every view that draws the address, password or email form. */
@ControllerAdvice(assignableTypes = {AccountPageController.class, PlainFormsController.class})
class FormFieldsAdvice {

    @ModelAttribute("addressFields")
    List<FormField> addressFields() {
        return FormField.ADDRESS;
    }

    @ModelAttribute("emailFields")
    List<FormField> emailFields() {
        return FormField.EMAIL;
    }

    @ModelAttribute("passwordFields")
    List<FormField> passwordFields() {
        return FormField.PASSWORD;
    }
}
