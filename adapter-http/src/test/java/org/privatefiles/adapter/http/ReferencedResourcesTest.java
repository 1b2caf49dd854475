package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.Membership;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;

class ReferencedResourcesTest {
    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User pro = api.pro(org);

    @Test
    void every_url_inside_a_file_object_answers_200_for_its_owner() {
        var project = api.core.administration().createProject(org, "Roof");
        var template = api.core.administration().createDocumentTemplate(org, "Proposal");
        JsonNode file = api.upload(org, pro, "a.pdf", new byte[] {1}, "project", Long.toString(project.id().value()),
                "document_template", Long.toString(template.id().value()), "file_tags", "47");

        for (String field : List.of("url", "org", "project", "user", "document_template", "file_contents")) {
            String url = file.get(field).asText();
            assertThat(api.get(pro, TestApi.local(url)).statusCode()).as("%s %s", field, url).isEqualTo(200);
        }
        for (JsonNode tag : file.get("file_tags")) {
            assertThat(api.get(pro, TestApi.local(tag.asText())).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void an_org_is_shown_to_its_pro_members_with_url_id_and_name() {
        var response = api.get(pro, "/api/orgs/" + org.value() + "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("\\{\"url\":\"" + TestApi.BASE_URL + "/api/orgs/" + org.value()
                + "/\",\"id\":" + org.value() + ",\"name\":\"[^\"]+\"}");
    }

    @Test
    void an_org_is_403_for_a_user_who_is_not_a_pro_member() {
        TestApi.User outsider = api.user();

        assertThat(api.get(outsider, "/api/orgs/" + org.value() + "/").statusCode()).isEqualTo(403);
    }

    @Test
    void a_user_sees_their_own_profile() {
        var response = api.get(pro, "/api/global_users/" + pro.id().value() + "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"url\":\"" + TestApi.BASE_URL + "/api/global_users/" + pro.id().value()
                + "/\",\"id\":" + pro.id().value() + ",\"email\":\"" + pro.email() + "\"}");
    }

    @Test
    void a_pro_sees_the_profile_of_a_member_of_the_same_org() {
        TestApi.User customer = api.user();
        api.core.administration().addMember(new Membership(org, customer.id(), Role.CUSTOMER, false, false,
                ProjectScope.ASSIGNED, AccessLevel.VIEW));

        assertThat(api.get(pro, "/api/global_users/" + customer.id().value() + "/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_user_of_no_shared_org_is_404_like_an_unknown_one() {
        TestApi.User stranger = api.user();

        assertThat(api.get(pro, "/api/global_users/" + stranger.id().value() + "/").statusCode()).isEqualTo(404);
        assertThat(api.get(stranger, "/api/global_users/" + pro.id().value() + "/").statusCode()).isEqualTo(404);
        assertThat(api.get(pro, "/api/global_users/99999999/").statusCode()).isEqualTo(404);
    }

    @Test
    void document_templates_are_listed_for_the_org_and_shown_one_by_one() {
        var first = api.core.administration().createDocumentTemplate(org, "Proposal");
        var second = api.core.administration().createDocumentTemplate(org, "Invoice");
        api.core.administration().createDocumentTemplate(api.org(), "Another org's");

        JsonNode listed = TestApi.json(api.get(pro, "/api/orgs/" + org.value() + "/document_templates/"));
        var one = api.get(pro, "/api/orgs/" + org.value() + "/document_templates/" + second.id().value() + "/");

        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(first.id().value());
        assertThat(one.body()).isEqualTo("{\"url\":\"" + TestApi.BASE_URL + "/api/orgs/" + org.value() + "/document_templates/"
                + second.id().value() + "/\",\"id\":" + second.id().value() + ",\"org\":\"" + TestApi.BASE_URL + "/api/orgs/"
                + org.value() + "/\",\"title\":\"Invoice\"}");
    }

    @Test
    void a_document_template_of_another_org_is_404() {
        var elsewhere = api.core.administration().createDocumentTemplate(api.org(), "Another org's");

        assertThat(api.get(pro, "/api/orgs/" + org.value() + "/document_templates/" + elsewhere.id().value() + "/").statusCode())
                .isEqualTo(404);
    }
}
