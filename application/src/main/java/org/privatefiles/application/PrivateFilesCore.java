package org.privatefiles.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.privatefiles.application.port.in.AdministrationUseCase;
import org.privatefiles.application.port.in.AdmitRequestUseCase;
import org.privatefiles.application.port.in.AuthenticateTokenUseCase;
import org.privatefiles.application.port.in.ChunkedUploadUseCase;
import org.privatefiles.application.port.in.CreatePrivateFileUseCase;
import org.privatefiles.application.port.in.DeletePrivateFileUseCase;
import org.privatefiles.application.port.in.DocumentTemplatesUseCase;
import org.privatefiles.application.port.in.DownloadContentUseCase;
import org.privatefiles.application.port.in.FileTagsUseCase;
import org.privatefiles.application.port.in.HealthUseCase;
import org.privatefiles.application.port.in.ListPrivateFilesUseCase;
import org.privatefiles.application.port.in.LogInUseCase;
import org.privatefiles.application.port.in.MaintenanceUseCase;
import org.privatefiles.application.port.in.OrgsUseCase;
import org.privatefiles.application.port.in.ProjectsUseCase;
import org.privatefiles.application.port.in.RetrievePrivateFileUseCase;
import org.privatefiles.application.port.in.UpdatePrivateFileUseCase;
import org.privatefiles.application.port.in.UsersUseCase;
import org.privatefiles.application.port.out.ContentStore;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.FileTagCatalog;
import org.privatefiles.application.port.out.PrivateFileRepository;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.application.service.ContentStoreOutages;
import org.privatefiles.application.service.PasswordHashing;
import org.privatefiles.application.service.Services;

/**
 * The embeddable core: give it an adapter for each outbound port, get every use case.
 * Plain Java, no framework; the HTTP service is one client of it.
 */
public final class PrivateFilesCore {
    /** How long an identity is remembered unless {@link Builder#identityCacheTtl} says otherwise. */
    public static final Duration DEFAULT_IDENTITY_CACHE_TTL = Duration.ofSeconds(5);

    private final Services services;
    private final CoreSettings settings;

    private PrivateFilesCore(Services services, CoreSettings settings) {
        this.services = services;
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    public AdmitRequestUseCase admitRequest() { return services.admitRequest; }
    public AuthenticateTokenUseCase authenticateToken() { return services.authenticateToken; }
    public LogInUseCase logIn() { return services.logIn; }
    public ListPrivateFilesUseCase listFiles() { return services.listFiles; }
    public RetrievePrivateFileUseCase retrieveFile() { return services.retrieveFile; }
    public CreatePrivateFileUseCase createFile() { return services.createFile; }
    public UpdatePrivateFileUseCase updateFile() { return services.updateFile; }
    public DeletePrivateFileUseCase deleteFile() { return services.deleteFile; }
    public DownloadContentUseCase downloadContent() { return services.downloadContent; }
    public FileTagsUseCase fileTags() { return services.fileTags; }
    public ProjectsUseCase projects() { return services.projects; }
    public ChunkedUploadUseCase chunkedUploads() { return services.chunkedUploads; }
    public AdministrationUseCase administration() { return services.administration; }
    public MaintenanceUseCase maintenance() { return services.maintenance; }
    public HealthUseCase health() { return services.health; }
    public OrgsUseCase orgs() { return services.orgs; }
    public UsersUseCase users() { return services.users; }
    public DocumentTemplatesUseCase documentTemplates() { return services.documentTemplates; }
    public CoreSettings settings() { return settings; }

    /** Collects the adapters and settings; every port is required, the clock defaults to UTC system time. */
    public static final class Builder {
        private PrivateFileRepository files;
        private FileTagCatalog tags;
        private Directory directory;
        private ContentStore content;
        private ThrottleStore throttle;
        private Clock clock = Clock.systemUTC();
        private CoreSettings settings = CoreSettings.defaults();
        private int passwordIterations = PasswordHashing.DEFAULT_ITERATIONS;
        private Duration identityCacheTtl = DEFAULT_IDENTITY_CACHE_TTL;

        public Builder files(PrivateFileRepository v) { files = v; return this; }
        public Builder tags(FileTagCatalog v) { tags = v; return this; }
        public Builder directory(Directory v) { directory = v; return this; }
        public Builder content(ContentStore v) { content = v; return this; }
        public Builder throttle(ThrottleStore v) { throttle = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        public Builder settings(CoreSettings v) { settings = v; return this; }

        /** PBKDF2 rounds for new password hashes; lower it only in tests. */
        public Builder passwordIterations(int v) { passwordIterations = v; return this; }

        /**
         * How long a token's identity (its user, membership and assignments in an org) is
         * remembered: a change made through another instance or the command line reaches this
         * one within this time; a change made through this core, at once. Zero remembers nothing.
         */
        public Builder identityCacheTtl(Duration v) {
            if (v.isNegative()) {
                throw new IllegalArgumentException("identityCacheTtl must not be negative: " + v);
            }
            identityCacheTtl = v;
            return this;
        }

        public PrivateFilesCore build() {
            Objects.requireNonNull(files, "files");
            Objects.requireNonNull(tags, "tags");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(throttle, "throttle");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(settings, "settings");
            return new PrivateFilesCore(new Services(files, tags, directory, new ContentStoreOutages(content), throttle, clock,
                    settings, new PasswordHashing(passwordIterations), identityCacheTtl), settings);
        }
    }
}
