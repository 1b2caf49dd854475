package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.privatefiles.domain.file.DocumentTemplate;

/** Web view of a document template. */
@JsonPropertyOrder({"url", "id", "org", "title"})
record DocumentTemplateView(String url, long id, String org, String title) {
    static DocumentTemplateView from(DocumentTemplate template, ResourceUrls urls) {
        return new DocumentTemplateView(urls.documentTemplate(template.org(), template.id()), template.id().value(),
                urls.org(template.org()), template.title());
    }
}
