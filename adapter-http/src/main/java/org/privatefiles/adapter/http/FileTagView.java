package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.privatefiles.domain.tag.FileTag;

/** Web view of a file tag: {@code {"url","title","type","id"}}. */
@JsonPropertyOrder({"url", "title", "type", "id"})
record FileTagView(String url, String title, String type, long id) {
    static FileTagView from(FileTag tag, ResourceUrls urls) {
        return new FileTagView(urls.fileTag(tag.id()), tag.title(), tag.type(), tag.id().value());
    }
}
