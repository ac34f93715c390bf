package uk.nhs.coproduction.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The heap settings serve applies (issue 14): each option at its default is set to serve's value,
 * an option the JVM was started with is left as it is, and applying twice changes nothing more.
 */
class MemoryDefaultsTest {

    @Test
    void theOptionsLeftAtTheirDefaultsAreSetOnceAndOthersAreLeftAlone() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        Map<String, String> first = MemoryDefaults.apply();
        for (Map.Entry<String, String> option : MemoryDefaults.OPTIONS.entrySet()) {
            VMOption now = vm.getVMOption(option.getKey());
            if (first.containsKey(option.getKey())) {
                assertThat(now.getValue()).as(option.getKey()).isEqualTo(option.getValue());
                assertThat(now.getOrigin()).isEqualTo(VMOption.Origin.MANAGEMENT);
            } else {
                assertThat(now.getOrigin()).as(option.getKey() + " was set by whoever started the JVM, or earlier")
                        .isNotEqualTo(VMOption.Origin.DEFAULT);
            }
        }
        assertThat(MemoryDefaults.apply()).as("a second time").isEmpty();
    }
}
