package uk.nhs.coproduction.model.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.coproduction.model.partner.CommunityGroup;
import uk.nhs.coproduction.model.partner.CommunityInformation;
import uk.nhs.coproduction.model.partner.Partner;
import uk.nhs.coproduction.model.partner.PartnerId;
import uk.nhs.coproduction.model.partner.PersonalDetails;
import uk.nhs.coproduction.model.partner.Role;
import uk.nhs.coproduction.model.partnership.Contribution;
import uk.nhs.coproduction.model.partnership.Decision;
import uk.nhs.coproduction.model.partnership.DecisionMaking;
import uk.nhs.coproduction.model.partnership.InvolvementLevel;
import uk.nhs.coproduction.model.partnership.InvolvementPayment;
import uk.nhs.coproduction.model.partnership.Member;
import uk.nhs.coproduction.model.partnership.Partnership;
import uk.nhs.coproduction.model.partnership.PaymentRate;
import uk.nhs.coproduction.model.partnership.Practice;
import uk.nhs.coproduction.model.partnership.RateUnit;
import uk.nhs.coproduction.model.partnership.Reciprocity;
import uk.nhs.coproduction.model.partnership.Stage;
import uk.nhs.coproduction.model.partnership.Support;
import uk.nhs.coproduction.model.partnership.WhatMatters;
import uk.nhs.coproduction.model.partnership.WhatMattersSource;

/** The JSON mapping of a partnership document: field names are the record components' names. */
public final class PartnershipCodec implements Codec<Partnership> {

    /** The three states of an involvement payment, as written in JSON. */
    enum PaymentStatus {
        NOT_OFFERED, OFFERED, DECLINED
    }

    @Override
    public String documentName() {
        return "partnership";
    }

    @Override
    public @Nullable Partnership read(Fields f) {
        String title = f.text("title");
        LocalDate startedOn = f.date("startedOn");
        List<Member> members = f.objects("members", true, PartnershipCodec::member);
        List<WhatMatters> whatMatters = f.objects("whatMatters", false, PartnershipCodec::whatMatters);
        List<Decision> decisions = f.objects("decisions", false, PartnershipCodec::decision);
        Set<Practice> practices = f.enumSet("practices", Practice.class, false);
        if (title == null || startedOn == null || members == null || whatMatters == null || decisions == null
                || practices == null) {
            return null;
        }
        return f.build(() -> new Partnership(title, startedOn, members, whatMatters, decisions, practices));
    }

    static @Nullable Member member(Fields f) {
        Partner partner = f.object("partner", true, PartnershipCodec::partner);
        Stage joinedAt = f.enumValue("joinedAt", Stage.class);
        InvolvementLevel level = f.optionalEnumValue("involvementLevel", InvolvementLevel.class);
        Reciprocity reciprocity = f.has("reciprocity")
                ? f.object("reciprocity", true, PartnershipCodec::reciprocity)
                : Reciprocity.none();
        if (partner == null || joinedAt == null || reciprocity == null) {
            return null;
        }
        return f.build(() -> new Member(partner, joinedAt, level, reciprocity));
    }

    static @Nullable Partner partner(Fields f) {
        String idText = f.text("id");
        PartnerId id = idText == null ? null : f.build("id", () -> PartnerId.of(idText));
        Set<Role> roles = f.enumSet("roles", Role.class, true);
        PersonalDetails details = f.object("personalDetails", false, d -> new PersonalDetails(
                d.optionalText("name"), d.optionalText("email"), d.optionalText("telephone")));
        CommunityInformation community = f.object("communityInformation", false, PartnershipCodec::community);
        if (id == null || roles == null || (f.has("personalDetails") && details == null)
                || (f.has("communityInformation") && community == null)) {
            return null;
        }
        return f.build(() -> new Partner(id, roles, details, community));
    }

    static @Nullable CommunityInformation community(Fields f) {
        LocalDate consent = f.date("consentGivenOn");
        Set<CommunityGroup> groups = f.enumSet("groups", CommunityGroup.class, false);
        String description = f.optionalText("selfDescription");
        if (consent == null || groups == null) {
            return null;
        }
        return f.build(() -> new CommunityInformation(consent, groups, description));
    }

    static @Nullable Reciprocity reciprocity(Fields f) {
        Set<Contribution> gives = f.enumSet("gives", Contribution.class, false);
        Set<Support> receives = f.enumSet("receives", Support.class, false);
        InvolvementPayment payment = f.has("payment")
                ? f.object("payment", true, PartnershipCodec::payment)
                : InvolvementPayment.notOffered();
        if (gives == null || receives == null || payment == null) {
            return null;
        }
        return f.build(() -> new Reciprocity(gives, receives, payment));
    }

    static @Nullable InvolvementPayment payment(Fields f) {
        PaymentStatus status = f.enumValue("status", PaymentStatus.class);
        if (status == null) {
            return null;
        }
        if (status == PaymentStatus.NOT_OFFERED) {
            if (f.has("rate")) {
                f.problem("rate", "must be left out when no payment is offered");
                return null;
            }
            return InvolvementPayment.notOffered();
        }
        PaymentRate rate = f.object("rate", true, PartnershipCodec::rate);
        if (rate == null) {
            return null;
        }
        return status == PaymentStatus.OFFERED ? InvolvementPayment.offered(rate) : InvolvementPayment.declined(rate);
    }

    static @Nullable PaymentRate rate(Fields f) {
        BigDecimal amount = f.decimal("amount");
        RateUnit per = f.enumValue("per", RateUnit.class);
        LocalDate from = f.date("effectiveFrom");
        if (amount == null || per == null || from == null) {
            return null;
        }
        return f.build(() -> new PaymentRate(amount, per, from));
    }

    static @Nullable WhatMatters whatMatters(Fields f) {
        LocalDate recordedOn = f.date("recordedOn");
        String statement = f.text("statement");
        WhatMattersSource source = f.enumValue("source", WhatMattersSource.class);
        List<PartnerId> voicedBy = ids(f, "voicedBy", false);
        if (recordedOn == null || statement == null || source == null || voicedBy == null) {
            return null;
        }
        return f.build(() -> new WhatMatters(recordedOn, statement, source, Set.copyOf(voicedBy)));
    }

    static @Nullable Decision decision(Fields f) {
        LocalDate decidedOn = f.date("decidedOn");
        Stage stage = f.enumValue("stage", Stage.class);
        String summary = f.text("summary");
        DecisionMaking how = f.enumValue("how", DecisionMaking.class);
        List<PartnerId> participants = ids(f, "participants", true);
        LocalDate fedBackOn = f.optionalDate("fedBackOn");
        if (decidedOn == null || stage == null || summary == null || how == null || participants == null) {
            return null;
        }
        return f.build(() -> new Decision(decidedOn, stage, summary, how, Set.copyOf(participants), fedBackOn));
    }

    private static @Nullable List<PartnerId> ids(Fields f, String name, boolean required) {
        return f.list(name, required, (JsonNode element, String where) -> f.buildText(element, where, PartnerId::of));
    }

    @Override
    public void write(Partnership partnership, ObjectNode root) {
        root.put("title", partnership.title());
        Write.date(root, "startedOn", partnership.startedOn());
        ArrayNode members = root.putArray("members");
        for (Member member : partnership.members()) {
            writeMember(member, members.addObject());
        }
        ArrayNode whatMatters = root.putArray("whatMatters");
        for (WhatMatters record : partnership.whatMatters()) {
            ObjectNode node = whatMatters.addObject();
            Write.date(node, "recordedOn", record.recordedOn());
            node.put("statement", record.statement());
            node.put("source", record.source().name());
            Write.texts(node, "voicedBy", record.voicedBy());
        }
        ArrayNode decisions = root.putArray("decisions");
        for (Decision decision : partnership.decisions()) {
            ObjectNode node = decisions.addObject();
            Write.date(node, "decidedOn", decision.decidedOn());
            node.put("stage", decision.stage().name());
            node.put("summary", decision.summary());
            node.put("how", decision.how().name());
            Write.texts(node, "participants", decision.participants());
            Write.date(node, "fedBackOn", decision.fedBackOn());
        }
        Write.names(root, "practices", partnership.practices());
    }

    private static void writeMember(Member member, ObjectNode node) {
        Partner partner = member.partner();
        ObjectNode p = node.putObject("partner");
        p.put("id", partner.id().value());
        Write.names(p, "roles", partner.roles());
        PersonalDetails details = partner.personalDetails();
        if (details != null) {
            ObjectNode d = p.putObject("personalDetails");
            Write.text(d, "name", details.name());
            Write.text(d, "email", details.email());
            Write.text(d, "telephone", details.telephone());
        }
        CommunityInformation community = partner.communityInformation();
        if (community != null) {
            ObjectNode c = p.putObject("communityInformation");
            Write.date(c, "consentGivenOn", community.consentGivenOn());
            Write.names(c, "groups", community.groups());
            Write.text(c, "selfDescription", community.selfDescription());
        }
        node.put("joinedAt", member.joinedAt().name());
        if (member.involvementLevel() != null) {
            node.put("involvementLevel", member.involvementLevel().name());
        }
        ObjectNode r = node.putObject("reciprocity");
        Write.names(r, "gives", member.reciprocity().gives());
        Write.names(r, "receives", member.reciprocity().receives());
        writePayment(member.reciprocity().payment(), r.putObject("payment"));
    }

    private static void writePayment(InvolvementPayment payment, ObjectNode node) {
        if (payment instanceof InvolvementPayment.Offered offered) {
            node.put("status", PaymentStatus.OFFERED.name());
            writeRate(offered.rate(), node.putObject("rate"));
        } else if (payment instanceof InvolvementPayment.Declined declined) {
            node.put("status", PaymentStatus.DECLINED.name());
            writeRate(declined.rate(), node.putObject("rate"));
        } else {
            node.put("status", PaymentStatus.NOT_OFFERED.name());
        }
    }

    static void writeRate(PaymentRate rate, ObjectNode node) {
        node.put("amount", rate.amount());
        node.put("per", rate.per().name());
        Write.date(node, "effectiveFrom", rate.effectiveFrom());
    }
}
