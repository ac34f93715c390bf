/**
 * The library's JSON documents for Jackson 3 ({@code tools.jackson}), the Jackson of the library
 * and of Spring Boot 4.0: {@link uk.nhs.coproduction.spring.autoconfigure.jackson.CoproductionJacksonModule},
 * a bean that Boot 4.0 adds to its {@code JsonMapper}.
 */
@NullMarked
package uk.nhs.coproduction.spring.autoconfigure.jackson;

import org.jspecify.annotations.NullMarked;
