package org.privatefiles.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privatefiles.adapter.s3.S3AccessKey;
import org.privatefiles.adapter.s3.S3Location;

/** The content-store flags: the local folder by default, an s3:// location with its endpoint, region, addressing and download mode. */
class StoreConfigurationReaderTest {

    @Test
    void by_default_content_stays_in_the_local_folder_and_downloads_go_through_the_service() {
        StoreConfiguration store = ConfigurationProbe.read(Map.of(), Map.of()).store();
        assertThat(store.s3()).isEmpty();
        assertThat(store.downloadMode()).isEqualTo(DownloadMode.PROXY);
        assertThat(store.region()).isEqualTo("us-east-1");
        assertThat(store.pathStyle()).isFalse();
    }

    @Test
    void an_s3_location_with_endpoint_region_path_style_and_redirects_reaches_the_store_settings() {
        StoreConfiguration store = ConfigurationProbe.read(Map.of("store", "s3://acme-files/tenant/a/", "s3-endpoint", "http://127.0.0.1:9000",
                "s3-region", "eu-west-1", "s3-path-style", "true", "download-mode", "redirect"), Map.of()).store();
        var settings = store.s3Settings();
        assertThat(settings.location()).isEqualTo(new S3Location("acme-files", "tenant/a"));
        assertThat(settings.location().prefix()).isEqualTo("tenant/a/");
        assertThat(settings.endpoint()).hasValue(URI.create("http://127.0.0.1:9000"));
        assertThat(settings.region()).isEqualTo("eu-west-1");
        assertThat(settings.pathStyle()).isTrue();
        assertThat(settings.directDownloads()).isTrue();
    }

    @Test
    void the_environment_sets_the_store_and_the_access_key_comes_from_the_sdk_variables() {
        StoreConfiguration store = ConfigurationProbe.read(Map.of(), Map.of("PRIVATE_FILES_STORE", "s3://acme-files",
                "PRIVATE_FILES_S3_PATH_STYLE", "TRUE", "AWS_ACCESS_KEY_ID", "id", "AWS_SECRET_ACCESS_KEY", "secret")).store();
        assertThat(store.s3()).hasValue(new S3Location("acme-files", ""));
        assertThat(store.pathStyle()).isTrue();
        assertThat(store.accessKey()).hasValue(new S3AccessKey("id", "secret"));
    }

    @Test
    void with_a_session_token_the_access_key_is_left_to_the_sdks_default_chain() {
        StoreConfiguration store = ConfigurationProbe.read(Map.of("store", "s3://acme-files"),
                Map.of("AWS_ACCESS_KEY_ID", "id", "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "t")).store();
        assertThat(store.accessKey()).isEmpty();
    }

    @Test
    void bad_store_values_are_usage_errors_naming_the_flag() {
        assertThatThrownBy(() -> ConfigurationProbe.read(Map.of("store", "/srv/files"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--store must be an s3://BUCKET/PREFIX location");
        assertThatThrownBy(() -> ConfigurationProbe.read(Map.of("store", "s3://Not_A_Bucket/x"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--store");
        assertThatThrownBy(() -> ConfigurationProbe.read(Map.of("store", "s3://b-1", "s3-endpoint", "ftp://x"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--s3-endpoint");
        assertThatThrownBy(() -> ConfigurationProbe.read(Map.of("s3-path-style", "yes"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--s3-path-style must be true or false");
        assertThatThrownBy(() -> ConfigurationProbe.read(Map.of("download-mode", "sideways"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--download-mode must be proxy or redirect");
    }

    @Test
    void redirect_mode_needs_an_s3_store() {
        assertThatThrownBy(() -> ConfigurationProbe.read(Map.of("download-mode", "redirect"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--download-mode").hasMessageContaining("s3://");
    }
}
