package uk.nhs.coproduction.app.web.boardreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import uk.nhs.coproduction.alwaysevents.AlwaysEventProjects;
import uk.nhs.coproduction.alwaysevents.CommandOutcome;
import uk.nhs.coproduction.alwaysevents.command.JoinCoDesignTeamCommand;
import uk.nhs.coproduction.alwaysevents.command.PlanPdsaCycleCommand;
import uk.nhs.coproduction.alwaysevents.command.ProjectCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordImpactCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaActCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaDoCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordPdsaStudyCommand;
import uk.nhs.coproduction.alwaysevents.command.RecordWhatMattersCommand;
import uk.nhs.coproduction.alwaysevents.command.SignOffImpactCommand;
import uk.nhs.coproduction.alwaysevents.pdsa.ActDecision;
import uk.nhs.coproduction.alwaysevents.project.Actor;
import uk.nhs.coproduction.alwaysevents.project.ErasureReason;
import uk.nhs.coproduction.alwaysevents.project.ProjectId;
import uk.nhs.coproduction.alwaysevents.store.Erasure;
import uk.nhs.coproduction.alwaysevents.store.ErasureResult;
import uk.nhs.coproduction.app.web.RunningApp;
import uk.nhs.coproduction.app.web.projects.ProjectFixtures;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/**
 * The board reports over HTTP: a project's page has its sections, its data table says what its
 * chart draws, it names no partner (one is recorded under her own name as her id, and signs an
 * entry off with a comment that names her), erased words show as the marker; the PDF opens in
 * PDFBox and says the same; the portfolio's report and PDF list every project.
 */
class BoardReportTest {

    private static final String ID = "calls-home";
    private static final String OTHER = "quiet-nights";
    /** A partner recorded under her name: the report must never show it. */
    private static final PartnerId NAMED = PartnerId.of("Margaret-Hughes");
    private static final LocalDate ON = LocalDate.of(2024, 2, 20);
    private static final String TRADEMARK =
            "Always Events® is a registered trademark of the Institute for Healthcare Improvement.";
    private static final String AIM_WORDS = "a phone is with them within 10 minutes";

    @RegisterExtension
    static final RunningApp app = RunningApp.withProjects(projects -> {
        ProjectFixtures.inTesting(projects, ID, 6);
        record(projects, new JoinCoDesignTeamCommand(NAMED, EnumSet.of(Role.PATIENT), ON));
        record(projects, new RecordWhatMattersCommand(WhatMattersSource.PARTNERS, "Knowing someone will answer at night.",
                0, Set.of(NAMED), ON));
        record(projects, new RecordWhatMattersCommand(WhatMattersSource.PARTNERS, "Words P-1 asked to have erased.",
                0, Set.of(PartnerId.of("P-1")), ON));
        record(projects, new PlanPdsaCycleCommand("C1", "Does a handover check keep the phone charged?",
                "The phone will be charged every evening", "Night staff, two weeks", "A tick sheet", ON, "2024-03"));
        record(projects, new RecordPdsaDoCommand(1, "Checked at 14 of 14 handovers", ON.plusDays(14)));
        record(projects, new RecordPdsaStudyCommand(1, "Handover checks kept the phone charged", true, ON.plusDays(15)));
        record(projects, new RecordPdsaActCommand(1, ActDecision.ADOPT, "Add the check to the handover sheet",
                ON.plusDays(16)));
        record(projects, new RecordImpactCommand("The phone was often flat in the evening",
                "The phone is checked at every handover", Set.of(NAMED), ON.plusDays(17)));
        record(projects, new SignOffImpactCommand(1, NAMED, ON.plusDays(18), "Margaret Hughes is happy with this"));
        ErasureResult erased = projects.erase(ProjectId.of(ID), Actor.of("qi-lead-1"), ErasureReason.PERSON_ASKED,
                List.of(new Erasure.WordsOf(PartnerId.of("P-1"))));
        assertThat(erased.isAccepted()).as("erased: %s", erased).isTrue();
        ProjectFixtures.started(projects, OTHER);
    });

    private static void record(AlwaysEventProjects projects, ProjectCommand command) {
        CommandOutcome outcome = projects.handle(ProjectId.of(ID), Actor.of("qi-lead-1"), command);
        assertThat(outcome.isRecorded()).as("%s recorded: %s", command.getClass().getSimpleName(), outcome).isTrue();
    }

    private static Document xml(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
    }

    private static List<Element> elements(Element within, String tag) {
        NodeList nodes = within.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element byId(Document page, String id) {
        return elements(page.getDocumentElement(), "*").stream().filter(e -> id.equals(e.getAttribute("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    private static String pdfText(byte[] pdf, int[] pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages[0] = document.getNumberOfPages();
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aProjectsReportIsWellFormedAndHasEverySection() throws Exception {
        HttpResponse<String> response = app.get("/projects/" + ID + "/board-report");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = xml(response.body());
        String text = page.getDocumentElement().getTextContent();
        assertThat(text).contains("Calls home from " + ID).contains("Ward 7 (older people)").contains(AIM_WORDS)
                .contains("What matters, in people's words").contains("“Knowing someone will answer at night.”")
                .contains("Handover checks kept the phone charged").contains("Adopt: Add the check to the handover sheet")
                .contains("The phone is checked at every handover")
                .contains("Signed off by a partner with lived experience (patient) on 9 March 2024")
                .contains(TRADEMARK).contains("Version ");
        for (String section : List.of("measures", "what-matters", "learning", "impact")) {
            assertThat(byId(page, section).getTextContent()).as(section).isNotBlank();
        }
        assertThat(response.body()).contains("href=\"/assets/board-report.css\"");
        assertThat(app.get("/assets/board-report.css").body()).contains("@media print").contains("size: A4");
    }

    @Test
    void theDataTableHasARowForEveryPointTheChartDraws() throws Exception {
        Document page = xml(app.get("/projects/" + ID + "/board-report").body());
        Element measures = byId(page, "measures");
        Element svg = elements(measures, "svg").get(0);
        List<Element> points = elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals("points"))
                .flatMap(g -> elements(g, "circle").stream()).toList();
        Element table = elements(measures, "table").stream()
                .filter(t -> t.getAttribute("class").contains("report-data")).findFirst().orElseThrow();
        Element body = elements(table, "tbody").get(0);
        List<String> periods = elements(body, "tr").stream()
                .map(row -> elements(row, "th").get(0).getTextContent().trim()).toList();
        assertThat(periods).containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(points).hasSize(periods.size());
        // 14 of 20 in the first month, 19 of 20 in the sixth.
        assertThat(table.getTextContent()).contains("70%").contains("95%");
    }

    @Test
    void theReportNamesNoPartnerAndShowsErasedWordsAsTheMarker() {
        String page = app.get("/projects/" + ID + "/board-report").body();
        assertThat(page).doesNotContain("Margaret").doesNotContain("Hughes").doesNotContain(NAMED.value())
                .doesNotContain("is happy with this").doesNotContain("asked to have erased")
                .doesNotContain(">P-1<").doesNotContain("qi-lead-1");
        assertThat(page).contains("“[erased]”");
    }

    @Test
    void thePdfOpensAndSaysWhatThePageSays() throws Exception {
        HttpResponse<byte[]> response = app.getBytes("/projects/" + ID + "/board-report.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        int[] pages = new int[1];
        String text = pdfText(response.body(), pages);
        assertThat(pages[0]).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("Calls home from " + ID).contains(AIM_WORDS).contains("2024-03").contains("95%")
                .contains("Handover checks kept the phone charged").contains("[erased]").contains(TRADEMARK);
        assertThat(text).doesNotContain("Margaret").doesNotContain("Hughes").doesNotContain("Download as PDF");
    }

    @Test
    void thePortfolioReportListsEveryProjectInHtmlAndPdf() throws Exception {
        HttpResponse<String> response = app.get("/portfolio/board-report");
        assertThat(response.statusCode()).isEqualTo(200);
        String text = xml(response.body()).getDocumentElement().getTextContent();
        assertThat(response.body()).contains("href=\"/projects/" + ID + "/board-report\"")
                .contains("href=\"/projects/" + OTHER + "/board-report\"");
        assertThat(text).contains("Reliability of the Always Event").contains("95.0% in 2024-06").contains("Testing")
                .contains(TRADEMARK).doesNotContain("Margaret");

        HttpResponse<byte[]> pdf = app.getBytes("/portfolio/board-report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        int[] pages = new int[1];
        String pdfText = pdfText(pdf.body(), pages);
        assertThat(pages[0]).isGreaterThanOrEqualTo(1);
        assertThat(pdfText).contains("Calls home from").contains("Set-up and oversight").contains("95.0% in 2024-06").contains(TRADEMARK).doesNotContain("Margaret");
    }

    @Test
    void anUnknownProjectHasNoReport() {
        assertThat(app.get("/projects/no-such-project/board-report").statusCode()).isEqualTo(404);
        assertThat(app.getBytes("/projects/no-such-project/board-report.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theProjectPageLinksToItsReport() {
        assertThat(app.get("/projects/" + ID).body()).contains("href=\"/projects/" + ID + "/board-report\"");
    }
}
