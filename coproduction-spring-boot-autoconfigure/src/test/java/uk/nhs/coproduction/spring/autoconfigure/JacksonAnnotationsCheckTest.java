package uk.nhs.coproduction.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import uk.nhs.coproduction.spring.autoconfigure.internal.JacksonAnnotationsCheck;

/** The start-up check of Jackson 2's annotations against Jackson 3's databind. */
class JacksonAnnotationsCheckTest {

    @Test
    void theAnnotationsJackson3DeclaresPassTheCheck() {
        assertThat(com.fasterxml.jackson.annotation.JacksonAnnotation.class.getPackage().getImplementationVersion())
                .as("the annotations Jackson 3.3 brings").isEqualTo("2.23");
        assertThatCode(JacksonAnnotationsCheck::check).doesNotThrowAnyException();
    }
}
