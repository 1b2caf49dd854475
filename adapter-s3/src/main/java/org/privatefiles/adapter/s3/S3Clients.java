package org.privatefiles.adapter.s3;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds the SDK's client and presigner from the settings. Checksums are computed and checked
 * only "when required", since several S3-compatible stores reject the default aws-chunked CRC framing.
 */
final class S3Clients {
    private static final Duration SOCKET_TIMEOUT = Duration.ofMinutes(5);
    private static final int MAX_CONNECTIONS = 64;

    private S3Clients() {
    }

    static S3Client client(S3StoreSettings settings) {
        var builder = S3Client.builder()
                .httpClientBuilder(Apache5HttpClient.builder().socketTimeout(SOCKET_TIMEOUT).maxConnections(MAX_CONNECTIONS))
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static S3Presigner presigner(S3StoreSettings settings) {
        var builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3StoreSettings settings) {
        return settings.accessKey()
                .<AwsCredentialsProvider>map(key -> StaticCredentialsProvider.create(AwsBasicCredentials.create(key.id(), key.secret())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }
}
