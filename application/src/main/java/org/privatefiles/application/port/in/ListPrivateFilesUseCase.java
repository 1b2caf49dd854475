package org.privatefiles.application.port.in;

/** Use case: list the files of an org the actor may read that meet a query. */
public interface ListPrivateFilesUseCase {
    FileListing list(Admission admission, ListPrivateFilesQuery query);
}
