/**
 * The library's JSON documents for Jackson 2 ({@code com.fasterxml.jackson.databind}), the
 * Jackson of Spring Boot 3.5's {@code ObjectMapper}:
 * {@link uk.nhs.coproduction.spring.autoconfigure.jackson2.CoproductionJackson2Module}, which
 * delegates to the library's own (Jackson 3) JSON so the bytes are the same.
 */
@NullMarked
package uk.nhs.coproduction.spring.autoconfigure.jackson2;

import org.jspecify.annotations.NullMarked;
