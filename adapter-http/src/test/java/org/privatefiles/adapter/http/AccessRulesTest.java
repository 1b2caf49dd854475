package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privatefiles.adapter.http.contract.Multipart;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;
import org.privatefiles.domain.actor.Role;

class AccessRulesTest {
    private static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

    @RegisterExtension
    final TestApi api = TestApi.start();
    private final OrgId org = api.org();
    private final TestApi.User owner = api.pro(org);
    private final TestApi.User member = api.member(org, Role.PRO, false, false, ProjectScope.ASSIGNED, AccessLevel.VIEW);
    private final JsonNode ownersFile = api.upload(org, owner, "secret.pdf", new byte[] {1});
    private final String path = TestApi.file(org, ownersFile.get("id").asLong());

    @Test
    void member_without_access_cannot_retrieve_another_users_file() {
        var response = api.get(member, path);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(DENIED);
    }

    @Test
    void member_without_access_cannot_update_another_users_file() {
        assertThat(api.patchJson(member, path, "{\"title\": \"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void member_without_access_cannot_delete_another_users_file() {
        assertThat(api.delete(member, path).statusCode()).isEqualTo(403);
        assertThat(api.get(owner, path).statusCode()).isEqualTo(200);
    }

    @Test
    void member_without_access_does_not_see_the_file_in_the_list_but_sees_its_own() {
        JsonNode own = api.upload(org, member, "mine.pdf", new byte[] {2});

        JsonNode list = TestApi.json(api.get(member, TestApi.files(org)));

        assertThat(ids(list)).containsExactly(own.get("id").asLong());
    }

    @Test
    void view_access_to_the_project_allows_reading_but_not_writing() {
        var project = api.core.administration().createProject(org, "Roof");
        api.core.administration().assignProject(project.id(), member.id(), AccessLevel.VIEW);
        api.patchJson(owner, path, "{\"project\": " + project.id().value() + "}");

        assertThat(api.get(member, path).statusCode()).isEqualTo(200);
        assertThat(api.patchJson(member, path, "{\"title\": \"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void creating_on_a_project_without_edit_access_is_an_invalid_hyperlink() {
        var project = api.core.administration().createProject(org, "Roof");
        api.core.administration().assignProject(project.id(), member.id(), AccessLevel.VIEW);
        var form = new Multipart().field("project", Long.toString(project.id().value())).file("file_contents", "a.pdf", new byte[] {1});

        var response = api.postMultipart(member, TestApi.files(org), form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"project\":[\"Invalid hyperlink - Object does not exist.\"]}");
    }

    @Test
    void putting_an_export_tag_on_a_file_needs_the_export_permission() {
        JsonNode own = api.upload(org, member, "mine.pdf", new byte[] {2});

        var response = api.patchJson(member, TestApi.file(org, own.get("id").asLong()), "{\"file_tags\": [\"Projects Export\"]}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_customer_member_is_refused_everywhere_under_the_org() {
        var customer = api.member(org, Role.CUSTOMER, true, true, ProjectScope.ALL, AccessLevel.EDIT);

        assertThat(api.get(customer, TestApi.files(org)).statusCode()).isEqualTo(403);
        assertThat(api.get(customer, path).statusCode()).isEqualTo(403);
        assertThat(api.patchJson(customer, path, "{}").statusCode()).isEqualTo(403);
        assertThat(api.delete(customer, path).statusCode()).isEqualTo(403);
        assertThat(api.postMultipart(customer, TestApi.files(org),
                new Multipart().file("file_contents", "a.pdf", new byte[] {1})).statusCode()).isEqualTo(403);
        assertThat(api.get(customer, "/api/orgs/" + org.value() + "/projects/").statusCode()).isEqualTo(403);
    }

    @Test
    void a_user_of_another_org_is_refused_with_403() {
        var stranger = api.pro(api.org());

        var response = api.get(stranger, path);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(DENIED);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(f -> ids.add(f.get("id").asLong()));
        return ids;
    }
}
