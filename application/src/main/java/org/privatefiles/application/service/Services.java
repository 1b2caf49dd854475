package org.privatefiles.application.service;

import java.time.Clock;
import java.time.Duration;
import org.privatefiles.application.CoreSettings;
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
import org.privatefiles.domain.access.AccessPolicy;
import org.privatefiles.domain.throttle.ThrottlePolicy;

/** Wires every service from the outbound ports, by hand; the facade hands them out by use case. */
public final class Services {
    public final AdmitRequestUseCase admitRequest;
    public final AuthenticateTokenUseCase authenticateToken;
    public final LogInUseCase logIn;
    public final ListPrivateFilesUseCase listFiles;
    public final RetrievePrivateFileUseCase retrieveFile;
    public final CreatePrivateFileUseCase createFile;
    public final UpdatePrivateFileUseCase updateFile;
    public final DeletePrivateFileUseCase deleteFile;
    public final DownloadContentUseCase downloadContent;
    public final FileTagsUseCase fileTags;
    public final ProjectsUseCase projects;
    public final ChunkedUploadUseCase chunkedUploads;
    public final AdministrationUseCase administration;
    public final MaintenanceUseCase maintenance;
    public final HealthUseCase health;
    public final OrgsUseCase orgs;
    public final UsersUseCase users;
    public final DocumentTemplatesUseCase documentTemplates;

    public Services(PrivateFileRepository files, FileTagCatalog tags, Directory storedDirectory, ContentStore content,
                    ThrottleStore throttle, Clock clock, CoreSettings settings, PasswordHashing hashing,
                    Duration identityCacheTtl) {
        var directory = new CachingDirectory(storedDirectory, identityCacheTtl, clock);
        var policy = new AccessPolicy();
        var guard = new FileGuard(files, policy);
        var tagResolver = new TagResolver(tags);
        var patches = new FilePatchApplier(directory, tagResolver, policy);
        var removal = new FileRemoval(files, content);
        admitRequest = new AdmitRequestService(directory, policy, new ThrottlePolicy(settings.throttleLimits()), throttle, clock);
        authenticateToken = new AuthenticateTokenService(directory, clock);
        logIn = new LogInService(directory, throttle, hashing, settings.tokenExpiry(), clock);
        listFiles = new ListPrivateFilesService(files, directory, tagResolver, policy);
        retrieveFile = new RetrievePrivateFileService(guard);
        createFile = new CreatePrivateFileService(files, content, patches, settings.maxUploadBytes(), clock);
        updateFile = new UpdatePrivateFileService(files, content, guard, patches, clock);
        deleteFile = new DeletePrivateFileService(guard, removal);
        downloadContent = new DownloadContentService(files, content);
        fileTags = new FileTagsService(tags);
        projects = new ProjectsService(directory, files, policy);
        chunkedUploads = new ChunkedUploadService(files, content, guard, patches, settings.maxUploadBytes(),
                settings.minPartBytes(), clock);
        administration = new AdministrationService(directory, tags, hashing, clock);
        maintenance = new MaintenanceService(files, content, throttle, removal, settings, clock);
        health = new HealthService(files, content);
        orgs = new OrgsService(directory, policy);
        users = new UsersService(directory, policy);
        documentTemplates = new DocumentTemplatesService(directory, policy);
    }
}
